import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A colleague the owner added to a customer's team (项目团队): sees it whatever their scope. */
@Entity('customer_team_member')
export class CustomerTeamMember {
  @PrimaryColumn({ type: 'uuid' }) customerId: string;
  @PrimaryColumn({ type: 'uuid' }) userId: string;
  @Column({ type: 'text', default: 'READ' }) access: 'READ' | 'WRITE';
}
