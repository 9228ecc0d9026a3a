/** Customer segments (profiles and usage situations) for which the target experience is declined. */
package com.gaplens.domain.segment;
