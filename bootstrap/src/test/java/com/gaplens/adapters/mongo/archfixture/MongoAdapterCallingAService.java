package com.gaplens.adapters.mongo.archfixture;

import com.gaplens.application.service.archfixture.SomeService;

/** Breaks the ports rule on purpose: an adapter calling a service instead of a port. Test sources only. */
public class MongoAdapterCallingAService {
    void call(SomeService service) {
        service.run();
    }
}
