package com.gaplens.domain.measurement;

/**
 * Whose experience a measurement describes. Customer experience is what gaps are about; employee experience,
 * measured on the same 12 variables, gives the symmetry gap of the maturity assessment ("no customer experience
 * without employee experience"). Employee measurements never mix into customer views.
 */
public enum Audience {
    CUSTOMER,
    EMPLOYEE
}
