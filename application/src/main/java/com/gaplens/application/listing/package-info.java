/**
 * The application's own listing types, shared by use cases and repositories: Relay-style forward
 * pagination ({@link com.gaplens.application.listing.PageRequest}, {@link com.gaplens.application.listing.Page},
 * opaque {@link com.gaplens.application.listing.Cursor}s) and the filters of each list. No Spring type.
 */
package com.gaplens.application.listing;
