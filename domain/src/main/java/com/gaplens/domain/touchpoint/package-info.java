/** Touchpoints: places of interaction, each in a journey phase and on a channel. */
package com.gaplens.domain.touchpoint;
