import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meeting scheduling for the sales agent: the team with its working hours, busy blocks from the
 * team's calendars, and bookings. Double booking is refused in the booking transaction (the
 * member row is locked, then overlaps are checked); the partial unique index on a member's
 * confirmed start times is the backstop should a writer ever skip that lock.
 */
export class Meetings1795709200000 implements MigrationInterface {
  name = 'Meetings1795709200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE team_member (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        name text NOT NULL,
        email text NOT NULL,
        time_zone text NOT NULL,
        working_hours jsonb NOT NULL,
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_team_member PRIMARY KEY (id),
        CONSTRAINT fk_team_member_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT uq_team_member_workspace_email UNIQUE (workspace_id, email),
        CONSTRAINT ck_team_member_email CHECK (email = lower(email)),
        CONSTRAINT ck_team_member_name CHECK (length(name) BETWEEN 1 AND 200),
        CONSTRAINT ck_team_member_working_hours CHECK (jsonb_typeof(working_hours) = 'object')
      );

      CREATE TABLE calendar_event (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        member_id uuid NOT NULL,
        title text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_calendar_event PRIMARY KEY (id),
        CONSTRAINT fk_calendar_event_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_calendar_event_member FOREIGN KEY (member_id) REFERENCES team_member (id) ON DELETE CASCADE,
        CONSTRAINT ck_calendar_event_range CHECK (ends_at > starts_at)
      );
      CREATE INDEX ix_calendar_event_member_range ON calendar_event (member_id, starts_at, ends_at);

      CREATE TABLE booking (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        member_id uuid NOT NULL,
        lead_email text NOT NULL,
        lead_name text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone text NOT NULL,
        status text NOT NULL DEFAULT 'CONFIRMED',
        video_url text NOT NULL,
        ics text NOT NULL,
        run_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_booking PRIMARY KEY (id),
        CONSTRAINT fk_booking_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_booking_member FOREIGN KEY (member_id) REFERENCES team_member (id),
        CONSTRAINT fk_booking_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE SET NULL,
        CONSTRAINT ck_booking_status CHECK (status IN ('CONFIRMED', 'CANCELLED')),
        CONSTRAINT ck_booking_range CHECK (ends_at > starts_at),
        CONSTRAINT ck_booking_lead_email CHECK (lead_email = lower(lead_email))
      );
      -- The backstop against double booking: one confirmed booking per member and start time.
      CREATE UNIQUE INDEX uq_booking_member_starts_confirmed ON booking (member_id, starts_at) WHERE status = 'CONFIRMED';
      CREATE INDEX ix_booking_member_range ON booking (member_id, starts_at, ends_at) WHERE status = 'CONFIRMED';
      CREATE INDEX ix_booking_workspace_starts ON booking (workspace_id, starts_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE booking;
      DROP TABLE calendar_event;
      DROP TABLE team_member;
    `);
  }
}
