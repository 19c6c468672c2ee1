package vn.sonla.ntm.loader;

import java.io.PrintStream;

/** Plain lines on standard output, warnings on standard error. */
public final class Log {

    private final PrintStream out;
    private final PrintStream err;

    public Log(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public void info(String line) {
        out.println("loader: " + line);
    }

    public void warn(String line) {
        err.println("loader: warning: " + line);
    }
}
