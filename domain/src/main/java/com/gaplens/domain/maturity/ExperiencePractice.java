package com.gaplens.domain.maturity;

/** Practices that show how far the experience shapes the organisation. */
public enum ExperiencePractice {
    FEEDBACK_CHANGES_EXISTING_OFFERS(
            "Feedback from the lived experience changes existing offers",
            "Feedback from the lived experience does not change existing offers yet"),
    NEW_OFFERS_DESIGNED_WITH_EXPERIENCE(
            "New offers are designed with the experience built in",
            "New offers are not designed with the experience built in yet"),
    CUSTOMERS_CO_CREATE("Customers co-create offers", "Customers do not co-create offers yet"),
    EMPLOYEE_EXPERIENCE_MEASURED(
            "Employee experience is measured on the same 12 variables as customer experience",
            "Employee experience is not measured on the same 12 variables as customer experience yet");

    private final String inPlace;
    private final String missing;

    ExperiencePractice(String inPlace, String missing) {
        this.inPlace = inPlace;
        this.missing = missing;
    }

    /** The practice, stated as in place. */
    public String inPlace() {
        return inPlace;
    }

    /** The practice, stated as missing. */
    public String missing() {
        return missing;
    }
}
