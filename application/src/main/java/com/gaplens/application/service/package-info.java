/**
 * Plain services implementing the use cases, grouped by aggregate: constructor injection, no framework,
 * no annotations; bootstrap wires them with {@code @Bean} methods. Each command loads what it needs,
 * checks the caller's expected version, changes one aggregate and saves it once.
 */
package com.gaplens.application.service;
