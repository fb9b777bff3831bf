package se.tryggstad.portal.remissrules.web;

import se.tryggstad.portal.remiss.requirements.domain.ClauseInput;

import java.io.Serializable;

/** One editable row of a rule's condition on the edit page; a row without a field is left out. */
public class ClauseRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private int group = 1;
    private String field;
    private String operator;
    private String value;

    static ClauseRow of(ClauseInput clause) {
        ClauseRow row = new ClauseRow();
        row.group = clause.group();
        row.field = clause.field();
        row.operator = clause.operator();
        row.value = clause.value();
        return row;
    }

    boolean isBlank() {
        return field == null || field.isBlank();
    }

    ClauseInput input() {
        return new ClauseInput(group, field, operator, value);
    }

    public int getGroup() { return group; }
    public void setGroup(int group) { this.group = group; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getOperator() { return operator; }
    public void setOperator(String operator) { this.operator = operator; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
}
