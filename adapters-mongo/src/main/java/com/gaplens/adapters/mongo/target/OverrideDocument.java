package com.gaplens.adapters.mongo.target;

/** A segment's override of a central commitment as stored; what it does not change is absent. */
record OverrideDocument(String commitmentId, Double targetLevel, String wording) {}
