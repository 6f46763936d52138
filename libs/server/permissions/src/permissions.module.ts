import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PrincipalResolver, registerPermissions } from '@kehu/server-core';
import { ACCESS_PERMISSIONS } from './access.permissions';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { DepartmentsController } from './departments.controller';
import { DepartmentsService } from './departments.service';
import { ApiKey } from './entities/api-key.entity';
import { AuthSecret } from './entities/auth-secret.entity';
import { Department } from './entities/department.entity';
import { LoginAttempt } from './entities/login-attempt.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { Role } from './entities/role.entity';
import { User } from './entities/user.entity';
import { PermissionsSeeder } from './permissions.seeder';
import { PrincipalCache } from './principal-cache';
import { PrincipalService } from './principal.service';
import { RolesController } from './roles.controller';
import { RolesService } from './roles.service';
import { TokenCleanupJob } from './token-cleanup.job';
import { TokenService } from './token.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';
import { OrgDirectory } from './org-directory.service';
import { UPCOMING_DOMAIN_PERMISSIONS } from './upcoming-domains.permissions';
import { PermissionsAuditNames } from './audit-names';

/**
 * Who may do what: sign-in, users, departments, roles, API keys. Global because the kernel's
 * AuthGuard needs its PrincipalResolver, and every domain may look people up in the OrgDirectory.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User, Role, Department, RefreshToken, ApiKey, LoginAttempt, AuthSecret])],
  controllers: [AuthController, UsersController, DepartmentsController, RolesController, ApiKeysController],
  providers: [
    registerPermissions(ACCESS_PERMISSIONS, ...UPCOMING_DOMAIN_PERMISSIONS),
    TokenService,
    PrincipalCache,
    PrincipalService,
    { provide: PrincipalResolver, useExisting: PrincipalService },
    AuthService,
    UsersService,
    DepartmentsService,
    RolesService,
    ApiKeysService,
    PermissionsSeeder,
    TokenCleanupJob,
    PermissionsAuditNames,
    OrgDirectory,
  ],
  exports: [PrincipalResolver, PrincipalService, PermissionsSeeder, OrgDirectory],
})
export class PermissionsModule {}
