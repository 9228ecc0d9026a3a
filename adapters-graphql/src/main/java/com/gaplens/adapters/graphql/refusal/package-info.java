/**
 * The typed errors every refusal of a request becomes, shared by authentication ({@code security}), the request
 * limits ({@code protection}) and the error resolver ({@code error}), which depend on it and not on each other.
 */
package com.gaplens.adapters.graphql.refusal;
