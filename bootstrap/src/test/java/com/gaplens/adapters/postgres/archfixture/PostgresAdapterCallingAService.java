package com.gaplens.adapters.postgres.archfixture;

import com.gaplens.application.service.BiAccessService;

/** Breaks the service rule on purpose. Test sources only. */
public class PostgresAdapterCallingAService {
    BiAccessService service;
}
