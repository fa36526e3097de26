import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed logins per email in the current window, shared by every instance. */
@Entity('login_attempts')
export class LoginAttempt {
  @PrimaryColumn('text')
  email!: string;

  @Column('int')
  failures!: number;

  @Column({ type: 'timestamptz' })
  windowStart!: Date;
}
