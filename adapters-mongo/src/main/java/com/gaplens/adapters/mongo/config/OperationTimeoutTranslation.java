package com.gaplens.adapters.mongo.config;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoOperationTimeoutException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.mongodb.core.MongoDatabaseFactorySupport;
import org.springframework.data.mongodb.core.MongoExceptionTranslator;

/**
 * Spring Data's translation of driver exceptions, plus one case it leaves uncategorised: an operation
 * that ran out of its client-side time ({@code timeoutMS}, {@code gaplens.mongodb.operation-timeout})
 * becomes Spring's {@link QueryTimeoutException}, so that callers can tell "too slow" from "down"
 * (a server that cannot be reached stays a {@code DataAccessResourceFailureException}; with
 * {@code timeoutMS} set the driver reports that with the same exception type as a slow operation, and
 * only its message — {@value #NO_SERVER}… — tells them apart).
 */
public final class OperationTimeoutTranslation extends MongoExceptionTranslator implements BeanPostProcessor {

    /** How the driver's server selection begins its message when no server answered in time. */
    static final String NO_SERVER = "Timed out while waiting for a server";

    @Override
    public DataAccessException translateExceptionIfPossible(RuntimeException ex) {
        if (ex instanceof MongoOperationTimeoutException timeout) {
            if (String.valueOf(timeout.getMessage()).startsWith(NO_SERVER)) {
                // with timeoutMS set the driver reports "no server" with the same type: read its message
                return new DataAccessResourceFailureException("no MongoDB server could be reached", timeout);
            }
            return new QueryTimeoutException("the database operation took longer than allowed", timeout);
        }
        if (ex instanceof MongoExecutionTimeoutException serverSide) {
            // the server's own maxTimeMS (error 50): as slow, and as cancelled, as a client-side timeout
            return new QueryTimeoutException("the database operation exceeded its time on the server", serverSide);
        }
        return super.translateExceptionIfPossible(ex);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof MongoDatabaseFactorySupport<?> factory) {
            factory.setExceptionTranslator(this);
        }
        return bean;
    }
}
