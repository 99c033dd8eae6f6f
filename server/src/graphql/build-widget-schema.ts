import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { stopWhenClientLeaves } from './client-abort.js';
import { WidgetResolver } from '../modules/widget/widget.resolver.js';

/**
 * The widget's schema, separate from the console's: a publishable key reaches /widget/graphql
 * only, and this schema holds only the visitor's operations and public types, so a visitor
 * cannot even name a run's steps, tools, prompts or another visitor's data.
 */
export function buildWidgetSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [WidgetResolver],
    validate: false,
    globalMiddlewares: [stopWhenClientLeaves],
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
}
