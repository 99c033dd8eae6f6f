// vader-sentiment (the JavaScript port of VADER) ships no types; this is the part the hub uses.
// It is CommonJS with `exports.SentimentIntensityAnalyzer = ...`, which Node exposes as a named
// export to ES modules.
declare module 'vader-sentiment' {
  export interface PolarityScores {
    /** Normalized sum of the valence scores, -1 (most negative) to +1 (most positive). */
    compound: number;
    /** Shares of the text that are positive, negative and neutral; they sum to about 1. */
    pos: number;
    neg: number;
    neu: number;
  }
  export const SentimentIntensityAnalyzer: { polarity_scores(text: string): PolarityScores };
}
