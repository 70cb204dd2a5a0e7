/** Dates are never speakers: "said Tuesday", "told reporters Monday", "who in 2010 said", "have in the past said". */
export const TIME_WORDS = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|past|january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)s?$/;
