package com.gaplens.domain.maturity;

/** The functions of an organisation that may take part in designing and delivering the experience. */
public enum BusinessFunction {
    MARKETING("Marketing"),
    SALES("Sales"),
    CUSTOMER_SERVICE("Customer service"),
    PRODUCT("Product"),
    RND("R&D"),
    HR("HR"),
    OPERATIONS_BACK_OFFICE("Operations / back office"),
    IT("IT"),
    LEADERSHIP("Leadership");

    private final String label;

    BusinessFunction(String label) {
        this.label = label;
    }

    /** The function's name as a person writes it. */
    public String label() {
        return label;
    }
}
