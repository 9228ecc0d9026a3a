package com.gaplens.adapters.mongo.config;

import com.mongodb.MongoOperationTimeoutException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.mongodb.core.MongoDatabaseFactorySupport;
import org.springframework.data.mongodb.core.MongoExceptionTranslator;

/**
 * Spring Data's translation of driver exceptions, plus one case it leaves uncategorised: an operation
 * that ran out of its client-side time ({@code timeoutMS}, {@code gaplens.mongodb.operation-timeout})
 * becomes Spring's {@link QueryTimeoutException}, so that callers can tell "too slow" from "down"
 * (a server that cannot be reached stays a {@code DataAccessResourceFailureException}).
 */
final class OperationTimeoutTranslation extends MongoExceptionTranslator implements BeanPostProcessor {

    @Override
    public DataAccessException translateExceptionIfPossible(RuntimeException ex) {
        if (ex instanceof MongoOperationTimeoutException timeout) {
            return new QueryTimeoutException("the database operation took longer than allowed", timeout);
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
