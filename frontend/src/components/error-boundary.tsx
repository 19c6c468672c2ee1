import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { fallback: (error: unknown, reset: () => void) => ReactNode; children: ReactNode };
type State = { error: unknown; hasError: boolean };

/** Catches render errors outside the router (whose routes have their own `errorElement`). */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, hasError: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Render error', error, info.componentStack);
  }

  private reset = () => this.setState({ error: null, hasError: false });

  override render() {
    return this.state.hasError
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children;
  }
}
