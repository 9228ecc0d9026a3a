package com.gaplens.adapters.mongo.maturity;

import java.util.Set;

/** The evidence of an assessment as stored inside it: business functions and practices by name. */
record EvidenceDocument(Set<String> functionsInvolved, Set<String> practices) {}
