import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import {
  CreateKnowledgeArticleInput,
  KnowledgeArticle,
  KnowledgeArticleList,
  UpdateKnowledgeArticleInput,
} from './knowledge-article.type.js';

/** GraphQL gives absent fields as undefined and explicit nulls as null; a patch skips both. */
function present<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && value !== undefined),
  ) as { [K in keyof T]?: Exclude<T[K], null> };
}

@Resolver(() => KnowledgeArticle)
export class KnowledgeArticleResolver {
  @Query(() => KnowledgeArticleList, { description: 'Help-centre articles, by title.' })
  knowledgeArticles(
    @Ctx() ctx: ConsoleContext,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ) {
    return ctx.services.articles.list(ctx, { search, first, offset });
  }

  @Query(() => KnowledgeArticle, { nullable: true })
  knowledgeArticle(@Ctx() ctx: ConsoleContext, @Arg('slug') slug: string) {
    return ctx.services.articles.findBySlug(ctx, slug);
  }

  @Mutation(() => KnowledgeArticle)
  createKnowledgeArticle(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => CreateKnowledgeArticleInput) input: CreateKnowledgeArticleInput,
  ) {
    return ctx.services.articles.create(ctx, {
      ...present(input),
      title: input.title,
      body: input.body,
    });
  }

  @Mutation(() => KnowledgeArticle)
  updateKnowledgeArticle(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateKnowledgeArticleInput) input: UpdateKnowledgeArticleInput,
  ) {
    return ctx.services.articles.update(ctx, id, present(input));
  }

  @Mutation(() => Boolean, {
    description: 'Deletes the article; runs that cited it keep the citation.',
  })
  deleteKnowledgeArticle(@Ctx() ctx: ConsoleContext, @Arg('id', () => ID) id: string) {
    return ctx.services.articles.delete(ctx, id);
  }
}
