package com.gaplens.domain.maturity;

import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.shared.Require;

/** How one experience variable compares between employees and customers. */
public sealed interface VariableSymmetry
        permits VariableSymmetry.BothMeasured,
                VariableSymmetry.EmployeeOnly,
                VariableSymmetry.CustomerOnly,
                VariableSymmetry.NeitherMeasured {

    ExperienceVariable variable();

    /** Measured on both sides; {@link #gap()} = employee − customer (positive: employees live it better). */
    record BothMeasured(ExperienceVariable variable, Score employee, Score customer) implements VariableSymmetry {
        public BothMeasured {
            Require.present(variable, "variable");
            Require.present(employee, "employee");
            Require.present(customer, "customer");
        }

        public double gap() {
            return employee.value() - customer.value();
        }
    }

    /** Measured for employees only: no gap. */
    record EmployeeOnly(ExperienceVariable variable, Score employee) implements VariableSymmetry {
        public EmployeeOnly {
            Require.present(variable, "variable");
            Require.present(employee, "employee");
        }
    }

    /** Measured for customers only: no gap. */
    record CustomerOnly(ExperienceVariable variable, Score customer) implements VariableSymmetry {
        public CustomerOnly {
            Require.present(variable, "variable");
            Require.present(customer, "customer");
        }
    }

    /** Measured on neither side. */
    record NeitherMeasured(ExperienceVariable variable) implements VariableSymmetry {
        public NeitherMeasured {
            Require.present(variable, "variable");
        }
    }
}
