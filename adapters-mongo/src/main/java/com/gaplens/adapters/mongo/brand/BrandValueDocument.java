package com.gaplens.adapters.mongo.brand;

/**
 * A value of a brand as stored inside its brand. Its id is {@code valueId}: a field named {@code id}
 * in an embedded document would be stored as {@code _id}.
 */
record BrandValueDocument(String valueId, String name, String description, String status) {}
