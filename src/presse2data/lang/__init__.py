"""French machinery every fact type shares: name folding, numbers, rule and lexicon files,
the rule engine, token helpers and the on-demand parser. Nothing here knows a fact type."""
