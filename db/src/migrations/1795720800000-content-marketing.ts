import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Content Marketing agent (issue 16).
 *
 * - `content_item`: the editorial calendar. A blog post or a social post (one per channel, its
 *   `source_item_id` the blog post it adapts) moving IDEA -> DRAFTING -> IN_REVIEW -> APPROVED ->
 *   SCHEDULED -> PUBLISHED (the allowed moves live in server/src/engines/content/editorial/).
 *   `approval_id` is unique among blog posts: an approved publication is carried out once,
 *   whatever happens to the run that asked for it (one approval schedules several social posts,
 *   each recording it). A blog post's slug is unique in its workspace.
 * - `content_feed` / `content_feed_item`: the RSS/Atom/JSON feeds a shop watches, with what the
 *   last conditional GET answered (etag, Last-Modified text, status); items deduplicated by GUID
 *   within a feed and by URL within a workspace (two feeds often carry the same article).
 * - `search_interest_point`: a weekly search-interest series (0..100, Google Trends' scale) per
 *   topic and source ('demo' for the seeded series, 'serpapi' when fetched).
 * - `keyword_metric`: a keyword's monthly search volume, ranking difficulty and cost per click.
 * - `competitor_page`: a page ranking for a keyword, its headings (H1/H2/H3) and length, the
 *   material a blog post's outline is drawn from.
 * - `social_engagement_stat`: posts and engagement rate per platform, ISO weekday and hour (the
 *   shop's time zone); `hashtag_stat`: the same for hashtags.
 */
export class ContentMarketing1795720800000 implements MigrationInterface {
  name = 'ContentMarketing1795720800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE content_item (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        kind text NOT NULL,
        channel text,
        state text NOT NULL,
        title text NOT NULL,
        slug text,
        focus_keyword text,
        body text NOT NULL DEFAULT '',
        parts jsonb,
        hashtags jsonb NOT NULL DEFAULT '[]'::jsonb,
        meta_description text,
        brief jsonb,
        seo jsonb,
        readability jsonb,
        source_item_id uuid,
        planned_for date,
        scheduled_for timestamptz,
        published_at timestamptz,
        cms text,
        external_id text,
        external_url text,
        run_id uuid,
        approval_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_content_item PRIMARY KEY (id),
        CONSTRAINT fk_content_item_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_content_item_source FOREIGN KEY (source_item_id) REFERENCES content_item (id) ON DELETE SET NULL,
        CONSTRAINT fk_content_item_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE SET NULL,
        CONSTRAINT fk_content_item_approval FOREIGN KEY (approval_id) REFERENCES approval (id) ON DELETE SET NULL,
        CONSTRAINT ck_content_item_kind CHECK (kind IN ('BLOG_POST', 'SOCIAL_POST')),
        CONSTRAINT ck_content_item_channel CHECK (channel IN ('x', 'linkedin', 'instagram', 'facebook')),
        -- A social post is written for one channel; a blog post for none.
        CONSTRAINT ck_content_item_kind_channel CHECK ((kind = 'SOCIAL_POST') = (channel IS NOT NULL)),
        CONSTRAINT ck_content_item_state CHECK (state IN ('IDEA', 'DRAFTING', 'IN_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHED')),
        CONSTRAINT ck_content_item_scheduled CHECK (state <> 'SCHEDULED' OR scheduled_for IS NOT NULL),
        CONSTRAINT ck_content_item_published CHECK (state <> 'PUBLISHED' OR published_at IS NOT NULL),
        CONSTRAINT ck_content_item_parts CHECK (parts IS NULL OR jsonb_typeof(parts) = 'array'),
        CONSTRAINT ck_content_item_hashtags CHECK (jsonb_typeof(hashtags) = 'array')
      );
    `);
    await q.query(`
      CREATE UNIQUE INDEX uq_content_item_blog_slug ON content_item (workspace_id, slug)
        WHERE kind = 'BLOG_POST' AND slug IS NOT NULL;
      -- An approved blog publication is carried out once, whatever happens to the run that asked
      -- for it. Blog posts only: one approval of schedule_social_posts schedules several social
      -- posts (one per channel), each recording it; the social service carries it out once.
      CREATE UNIQUE INDEX uq_content_item_approval ON content_item (approval_id)
        WHERE kind = 'BLOG_POST' AND approval_id IS NOT NULL;
      CREATE INDEX ix_content_item_workspace_state ON content_item (workspace_id, state);
      CREATE INDEX ix_content_item_workspace_planned ON content_item (workspace_id, planned_for);
      CREATE INDEX ix_content_item_source ON content_item (source_item_id) WHERE source_item_id IS NOT NULL;
    `);

    await q.query(`
      CREATE TABLE content_feed (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        title text NOT NULL,
        url text NOT NULL,
        topic text NOT NULL,
        etag text,
        last_modified text,
        last_fetched_at timestamptz,
        last_status text,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_content_feed PRIMARY KEY (id),
        CONSTRAINT fk_content_feed_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT uq_content_feed_workspace_url UNIQUE (workspace_id, url),
        CONSTRAINT ck_content_feed_last_status CHECK (last_status IN ('OK', 'NOT_MODIFIED', 'ERROR'))
      );
    `);
    await q.query(`
      CREATE TABLE content_feed_item (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        feed_id uuid NOT NULL,
        guid text NOT NULL,
        url text,
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        published_at timestamptz,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_content_feed_item PRIMARY KEY (id),
        CONSTRAINT fk_content_feed_item_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_content_feed_item_feed FOREIGN KEY (feed_id) REFERENCES content_feed (id) ON DELETE CASCADE,
        CONSTRAINT uq_content_feed_item_feed_guid UNIQUE (feed_id, guid)
      );
      -- The same article carried by two feeds is stored once.
      CREATE UNIQUE INDEX uq_content_feed_item_workspace_url ON content_feed_item (workspace_id, url)
        WHERE url IS NOT NULL;
      CREATE INDEX ix_content_feed_item_workspace_published ON content_feed_item (workspace_id, published_at DESC);
    `);

    await q.query(`
      CREATE TABLE search_interest_point (
        workspace_id uuid NOT NULL,
        topic text NOT NULL,
        source text NOT NULL,
        week_start date NOT NULL,
        interest smallint NOT NULL,
        fetched_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_search_interest_point PRIMARY KEY (workspace_id, topic, source, week_start),
        CONSTRAINT fk_search_interest_point_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_search_interest_point_topic CHECK (topic = lower(topic) AND topic <> ''),
        CONSTRAINT ck_search_interest_point_interest CHECK (interest BETWEEN 0 AND 100)
      );
    `);
    await q.query(`
      CREATE TABLE keyword_metric (
        workspace_id uuid NOT NULL,
        keyword text NOT NULL,
        topic text NOT NULL,
        monthly_volume integer NOT NULL,
        difficulty smallint NOT NULL,
        cpc_cents integer,
        source text NOT NULL,
        as_of date NOT NULL,
        CONSTRAINT pk_keyword_metric PRIMARY KEY (workspace_id, keyword),
        CONSTRAINT fk_keyword_metric_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_keyword_metric_keyword CHECK (keyword = lower(keyword) AND keyword <> ''),
        CONSTRAINT ck_keyword_metric_volume CHECK (monthly_volume >= 0),
        CONSTRAINT ck_keyword_metric_difficulty CHECK (difficulty BETWEEN 0 AND 100),
        CONSTRAINT ck_keyword_metric_cpc CHECK (cpc_cents IS NULL OR cpc_cents >= 0)
      );
      CREATE INDEX ix_keyword_metric_workspace_topic ON keyword_metric (workspace_id, topic);
    `);
    await q.query(`
      CREATE TABLE competitor_page (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        keyword text NOT NULL,
        url text NOT NULL,
        title text NOT NULL,
        headings jsonb NOT NULL DEFAULT '[]'::jsonb,
        word_count integer NOT NULL,
        captured_on date NOT NULL,
        CONSTRAINT pk_competitor_page PRIMARY KEY (id),
        CONSTRAINT fk_competitor_page_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT uq_competitor_page_workspace_url UNIQUE (workspace_id, url),
        CONSTRAINT ck_competitor_page_headings CHECK (jsonb_typeof(headings) = 'array'),
        CONSTRAINT ck_competitor_page_word_count CHECK (word_count >= 0)
      );
      CREATE INDEX ix_competitor_page_workspace_keyword ON competitor_page (workspace_id, keyword);
    `);
    await q.query(`
      CREATE TABLE social_engagement_stat (
        workspace_id uuid NOT NULL,
        platform text NOT NULL,
        weekday smallint NOT NULL,
        hour smallint NOT NULL,
        posts integer NOT NULL,
        engagement_rate numeric(6, 4) NOT NULL,
        CONSTRAINT pk_social_engagement_stat PRIMARY KEY (workspace_id, platform, weekday, hour),
        CONSTRAINT fk_social_engagement_stat_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_social_engagement_stat_platform CHECK (platform IN ('x', 'linkedin', 'instagram', 'facebook')),
        CONSTRAINT ck_social_engagement_stat_weekday CHECK (weekday BETWEEN 1 AND 7),
        CONSTRAINT ck_social_engagement_stat_hour CHECK (hour BETWEEN 0 AND 23),
        CONSTRAINT ck_social_engagement_stat_posts CHECK (posts >= 0),
        CONSTRAINT ck_social_engagement_stat_rate CHECK (engagement_rate >= 0)
      );
    `);
    await q.query(`
      CREATE TABLE hashtag_stat (
        workspace_id uuid NOT NULL,
        platform text NOT NULL,
        hashtag text NOT NULL,
        topic text NOT NULL,
        posts integer NOT NULL,
        avg_engagement_rate numeric(6, 4) NOT NULL,
        CONSTRAINT pk_hashtag_stat PRIMARY KEY (workspace_id, platform, hashtag),
        CONSTRAINT fk_hashtag_stat_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_hashtag_stat_platform CHECK (platform IN ('x', 'linkedin', 'instagram', 'facebook')),
        -- Stored as typed after the '#', lower-cased: #ShopSmall and #shopsmall are one tag.
        CONSTRAINT ck_hashtag_stat_hashtag CHECK (hashtag = lower(hashtag) AND hashtag <> '' AND position('#' IN hashtag) = 0),
        CONSTRAINT ck_hashtag_stat_posts CHECK (posts >= 0),
        CONSTRAINT ck_hashtag_stat_rate CHECK (avg_engagement_rate >= 0)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE hashtag_stat;
      DROP TABLE social_engagement_stat;
      DROP TABLE competitor_page;
      DROP TABLE keyword_metric;
      DROP TABLE search_interest_point;
      DROP TABLE content_feed_item;
      DROP TABLE content_feed;
      DROP TABLE content_item;
    `);
  }
}
