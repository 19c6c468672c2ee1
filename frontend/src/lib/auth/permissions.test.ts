import { accessTokenFor, demoUsers } from '@/testing/fake-tokens';

import { userFromAccessToken } from './auth-user';
import { can, permissionsOf, WRITE_PERMISSIONS } from './permissions';
import { ROLES } from './roles';

describe('permissions', () => {
  it('gives the observer no write permission at all', () => {
    const observer = permissionsOf(['observer']);
    for (const permission of WRITE_PERMISSIONS) expect(observer.has(permission)).toBe(false);
  });

  it('gives an external system nothing in the SPA', () => {
    expect(permissionsOf(['external-system']).size).toBe(0);
  });

  it('lets only the coordinator edit the catalogue and record recognition', () => {
    for (const role of ROLES) {
      expect(permissionsOf([role]).has('catalogue:edit')).toBe(role === 'coordinator');
      expect(permissionsOf([role]).has('recognition:record')).toBe(role === 'coordinator');
    }
  });

  it('lets only department appraisers appraise', () => {
    for (const role of ROLES) {
      expect(permissionsOf([role]).has('appraisal:appraise')).toBe(role === 'department-appraiser');
    }
  });

  it('reads the permissions off a user', () => {
    const district = userFromAccessToken(accessTokenFor(demoUsers.district125));
    expect(can(district, 'assessments:submit')).toBe(true);
    expect(can(district, 'catalogue:view')).toBe(false);
    expect(can(null, 'dashboard:province:view')).toBe(false);
  });
});
