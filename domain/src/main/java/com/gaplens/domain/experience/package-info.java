/**
 * The experience model shared by every other concept: four interaction families perceived on three
 * dimensions (twelve experience variables), the journey phases and the channels.
 */
package com.gaplens.domain.experience;
