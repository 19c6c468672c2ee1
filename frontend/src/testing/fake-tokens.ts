import type { Role } from '@/lib/auth/roles';

const base64url = (value: unknown) =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** An unsigned JWT with the claims the realm puts into access tokens (decision 0004). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  return [
    base64url({ alg: 'RS256', typ: 'JWT', kid: 'test' }),
    base64url({ iat: now, exp: now + 900, iss: 'http://keycloak.test/realms/ntm', ...claims }),
    'signature-not-checked-by-the-spa',
  ].join('.');
}

export type DemoUser = {
  username: string;
  name: string;
  roles: Role[];
  district_code?: string;
  department_code?: string;
  unit_code?: string;
};

/** Users as the demo realm has them (deploy/keycloak/ntm-realm.json). */
export const demoUsers = {
  coordinator: {
    username: 'coordinator',
    name: 'Cán bộ Văn phòng Điều phối NTM tỉnh',
    roles: ['coordinator'],
  },
  observer: { username: 'observer', name: 'Lãnh đạo UBND tỉnh Sơn La', roles: ['observer'] },
  finance: {
    username: 'finance',
    name: 'Cán bộ Sở Kế hoạch và Đầu tư',
    roles: ['finance-planner'],
  },
  district125: {
    username: 'district-125',
    name: 'Cán bộ UBND Huyện Mai Sơn',
    roles: ['district-officer'],
    district_code: '125',
  },
  commune04120: {
    username: 'commune-04120',
    name: 'Cán bộ UBND Xã Chiềng Ban, huyện Mai Sơn',
    roles: ['commune-officer'],
    unit_code: '04120',
    district_code: '125',
  },
  appraiserSnn: {
    username: 'appraiser-snn',
    name: 'Thẩm định viên Sở Nông nghiệp và PTNT',
    roles: ['department-appraiser'],
    department_code: 'snn',
  },
  external: { username: 'service-account-external-demo', name: '', roles: ['external-system'] },
} satisfies Record<string, DemoUser>;

export function accessTokenFor(user: DemoUser, extra: Record<string, unknown> = {}): string {
  const { username, ...claims } = user;
  return fakeJwt({
    sub: `sub-${username}`,
    preferred_username: username,
    aud: 'ntm-api',
    ...claims,
    ...extra,
  });
}
