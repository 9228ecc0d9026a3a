package com.gaplens.adapters.graphql.support;

import com.gaplens.application.listing.Page;
import java.util.Collection;
import org.springframework.graphql.data.pagination.ConnectionAdapter;

/**
 * Lets controllers return the application's own {@link Page}: Spring for GraphQL turns it into a
 * Relay connection (edges with the page's opaque cursors, pageInfo) for every {@code XConnection}
 * type of the schema. Registered by {@link ConnectionsConfiguration}.
 */
final class PageConnectionAdapter implements ConnectionAdapter {

    @Override
    public boolean supports(Class<?> containerType) {
        return Page.class.isAssignableFrom(containerType);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Collection<T> getContent(Object container) {
        return (Collection<T>) ((Page<?>) container).items();
    }

    @Override
    public boolean hasPrevious(Object container) {
        return ((Page<?>) container).hasPreviousPage();
    }

    @Override
    public boolean hasNext(Object container) {
        return ((Page<?>) container).hasNextPage();
    }

    @Override
    public String cursorAt(Object container, int index) {
        return ((Page<?>) container).edges().get(index).cursor().encoded();
    }
}
