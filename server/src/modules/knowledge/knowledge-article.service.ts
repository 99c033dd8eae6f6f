import { KnowledgeArticleEntity } from '@zactonics/db';
import { QueryFailedError, type DataSource } from 'typeorm';
import { z } from 'zod';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { isId } from '../ids.js';
import { assertPage } from '../paging.js';
import { anyTermTsquerySql, searchTerms } from './search-terms.js';

/**
 * The console's search box takes a few words, not a document: longer input is refused, naming
 * the limit, rather than silently searching only its first words (the agent's search, which
 * reads a customer's whole message, bounds it instead; see search-terms.ts).
 */
export const MAX_ARTICLE_SEARCH_LENGTH = 200;

// An article is read by customers in a chat bubble; these bounds keep it a help page, not a book.
const SLUG = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by dashes, e.g. "gift-wrapping"')
  .max(100);
const fields = {
  slug: SLUG,
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20_000),
  tags: z.array(z.string().trim().min(1).max(40)).max(10),
  published: z.boolean(),
};
const createSchema = z.object({
  ...fields,
  slug: SLUG.optional(),
  tags: fields.tags.default([]),
  published: fields.published.default(true),
});
const updateSchema = z.object(fields).partial();

export type CreateArticleCommand = z.input<typeof createSchema>;
export type UpdateArticleCommand = z.input<typeof updateSchema>;

export interface ArticleQuery {
  /** Words to find in the title or body (full-text, like the agent's search). */
  search?: string | null | undefined;
  first: number;
  offset: number;
}

/**
 * The help centre's articles, written by the shop: what the support agent may answer from. A
 * change is searchable at once (the search vector is a generated column) and audited.
 */
export class KnowledgeArticleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    ctx: RequestContext,
    query: ArticleQuery,
  ): Promise<{ items: KnowledgeArticleEntity[]; totalItems: number }> {
    assertPage(query);
    const qb = this.dataSource.manager
      .createQueryBuilder(KnowledgeArticleEntity, 'a')
      .where('a.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
      .orderBy('a.title', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .take(query.first)
      .skip(query.offset);
    const search = query.search?.trim();
    if (search) {
      if (search.length > MAX_ARTICLE_SEARCH_LENGTH) {
        throw new DomainError(
          'INVALID_INPUT',
          `"search" is ${search.length.toLocaleString('en-US')} characters long; the limit is ${MAX_ARTICLE_SEARCH_LENGTH}.`,
          { field: 'search', limit: MAX_ARTICLE_SEARCH_LENGTH, length: search.length },
        );
      }
      const terms = searchTerms(search);
      // Only stop words or punctuation ("the", "%"): the search names nothing, so nothing matches.
      if (terms.length === 0) return { items: [], totalItems: 0 };
      const names = terms.map((_, i) => `term${i}`);
      qb.andWhere(
        `a.search_vector @@ ${anyTermTsquerySql(names.map((name) => `:${name}`))}`,
        Object.fromEntries(names.map((name, i) => [name, terms[i]])),
      );
    }
    const [items, totalItems] = await qb.getManyAndCount();
    return { items, totalItems };
  }

  findBySlug(ctx: RequestContext, slug: string): Promise<KnowledgeArticleEntity | null> {
    return this.dataSource.manager.findOneBy(KnowledgeArticleEntity, {
      workspaceId: ctx.workspaceId,
      slug,
    });
  }

  async create(
    ctx: RequestContext,
    command: CreateArticleCommand,
  ): Promise<KnowledgeArticleEntity> {
    const input = parse(createSchema, command);
    const slug = input.slug ?? slugify(input.title);
    return this.saveUnique(ctx, 'knowledge.create', () =>
      this.dataSource.manager.save(
        this.dataSource.manager.create(KnowledgeArticleEntity, {
          ...input,
          slug,
          workspaceId: ctx.workspaceId,
        }),
      ),
    );
  }

  async update(
    ctx: RequestContext,
    id: string,
    command: UpdateArticleCommand,
  ): Promise<KnowledgeArticleEntity> {
    const patch = parse(updateSchema, command);
    const article = await this.get(ctx, id);
    return this.saveUnique(ctx, 'knowledge.update', () =>
      this.dataSource.manager.save(Object.assign(article, patch)),
    );
  }

  /** Runs that cited the article keep its title and slug in their steps. */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    const article = await this.get(ctx, id);
    await this.dataSource.transaction(async (tx) => {
      await tx.delete(KnowledgeArticleEntity, { id: article.id });
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'knowledge.delete',
          targetType: 'knowledge_article',
          targetId: article.id,
          data: { slug: article.slug },
        },
        tx,
      );
    });
    return true;
  }

  private async get(ctx: RequestContext, id: string): Promise<KnowledgeArticleEntity> {
    const article = isId(id)
      ? await this.dataSource.manager.findOneBy(KnowledgeArticleEntity, {
          id,
          workspaceId: ctx.workspaceId,
        })
      : null;
    if (!article) {
      throw new DomainError('ARTICLE_NOT_FOUND', `No article with id "${id}".`, { id });
    }
    return article;
  }

  private async saveUnique(
    ctx: RequestContext,
    action: string,
    save: () => Promise<KnowledgeArticleEntity>,
  ): Promise<KnowledgeArticleEntity> {
    let article: KnowledgeArticleEntity;
    try {
      article = await save();
    } catch (error) {
      if (error instanceof QueryFailedError && hasCode(error, '23505')) {
        throw new DomainError('ARTICLE_SLUG_TAKEN', 'Another article already uses this slug.');
      }
      throw error;
    }
    await this.audit.record(ctx.workspaceId, {
      actor: ctx.actor,
      action,
      targetType: 'knowledge_article',
      targetId: article.id,
      data: { slug: article.slug },
    });
    return article;
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
  throw new DomainError('INVALID_INPUT', `Invalid article: ${problems.join('; ')}`, { problems });
}

/** "Gift wrapping & cards!" -> "gift-wrapping-cards". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || 'article';
}

function hasCode(error: QueryFailedError, code: string): boolean {
  return (error.driverError as { code?: string } | undefined)?.code === code;
}
