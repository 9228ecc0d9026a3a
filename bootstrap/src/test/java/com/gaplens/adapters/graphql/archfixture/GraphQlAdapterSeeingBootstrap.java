package com.gaplens.adapters.graphql.archfixture;

import com.gaplens.bootstrap.GapLensApplication;

/** Breaks the bootstrap rule on purpose. Test sources only. */
public class GraphQlAdapterSeeingBootstrap {
    GapLensApplication application;
}
