/**
 * GapLens on a sharded MongoDB cluster: {@link com.gaplens.adapters.mongo.sharding.ShardKeys} declares, in one
 * place, the shard key of every collection that can grow (or why a collection stays unsharded), with the reasons;
 * {@link com.gaplens.adapters.mongo.sharding.ShardKeyIndexRules} checks every index of a database against them
 * (MongoDB refuses a unique index that does not start with the shard key, and needs an index that supports the
 * key); {@link com.gaplens.adapters.mongo.sharding.ShardKeyWriteRules} checks every write a client sends (an upsert
 * or a single-document write names the full shard key by equality, nothing changes a shard key, no transaction or
 * {@code $lookup}), installed as a driver listener by {@link com.gaplens.adapters.mongo.sharding.ShardKeyWriteCheck}
 * in every client of the test suite. The operator's side is {@code docs/sharding.md}.
 */
package com.gaplens.adapters.mongo.sharding;
