import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { stopResolvingWhenClientLeaves } from './client-abort.js';
import { WidgetResolver } from '../modules/widget/widget.resolver.js';

/**
 * The widget's schema, separate from the console's: a publishable key reaches /widget/graphql
 * only, and this schema holds only the visitor's operations and public types, so a visitor
 * cannot even name a run's steps, tools, prompts or another visitor's data.
 */
export async function buildWidgetSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [WidgetResolver],
    validate: false,
    emitSchemaFile: false,
    pubSub: {
      publish: () => {
        throw new Error('topic-based subscriptions are not used; see events/pub-sub.ts');
      },
      subscribe: () => {
        throw new Error('topic-based subscriptions are not used; see events/pub-sub.ts');
      },
    },
  });
  return stopResolvingWhenClientLeaves(schema);
}
