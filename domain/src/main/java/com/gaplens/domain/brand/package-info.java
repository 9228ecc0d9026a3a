/** Brands and the values every commitment of their target experience must embody. */
package com.gaplens.domain.brand;
