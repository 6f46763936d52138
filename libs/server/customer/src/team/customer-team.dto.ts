import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const TEAM_ACCESS = ['READ', 'WRITE'] as const;
export type TeamAccess = (typeof TEAM_ACCESS)[number];

export class PutTeamMemberDto {
  @ApiProperty({ enum: TEAM_ACCESS, example: 'READ', description: 'The seat’s access level. Every team member sees the customer whatever their own data scope' })
  @IsIn(TEAM_ACCESS)
  access: TeamAccess;
}

/** A colleague on a customer's team (项目团队). */
export class TeamMemberDto {
  @ApiProperty({ format: 'uuid' }) customerId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) departmentId: string | null;
  @ApiProperty({ enum: TEAM_ACCESS }) access: TeamAccess;
}
