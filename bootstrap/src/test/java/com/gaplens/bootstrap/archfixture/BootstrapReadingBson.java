package com.gaplens.bootstrap.archfixture;

/** Breaks the MongoDB rule on purpose. Test sources only. */
public class BootstrapReadingBson {
    org.bson.Document document;
}
