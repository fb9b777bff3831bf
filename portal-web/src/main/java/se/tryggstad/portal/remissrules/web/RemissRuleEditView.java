package se.tryggstad.portal.remissrules.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.remiss.requirements.RequirementRules;
import se.tryggstad.portal.remiss.requirements.RuleDetails;
import se.tryggstad.portal.remiss.requirements.RuleRejected;
import se.tryggstad.portal.remiss.requirements.RuleVersionView;
import se.tryggstad.portal.remiss.requirements.domain.ClauseInput;
import se.tryggstad.portal.remiss.requirements.domain.FactField;
import se.tryggstad.portal.remiss.requirements.domain.Operator;
import se.tryggstad.portal.remiss.requirements.domain.RuleInput;
import se.tryggstad.portal.remiss.requirements.domain.RuleProblem;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /admin/remissregel.xhtml?nyckel=…: a new requirement rule, or the next version of one, with its version history.
 * Problems are shown at their inputs, including a clause's field, operator or value.
 */
@Named
@ViewScoped
public class RemissRuleEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "rule";
    private static final Pattern CLAUSE = Pattern.compile("clauses\\[(\\d+)]\\.(\\w+)");
    private static final int EMPTY_ROWS = 2;

    @Inject
    RequirementRules rules;

    private String key;
    private boolean existing;
    private long lockVersion;
    private String title;
    private String textSv;
    private String textEn;
    private String visitorsPerUnit;
    private String visitorsPerUnitWithAlcohol;
    private final List<ClauseRow> rows = new ArrayList<>();
    private List<RuleVersionView> versions = List.of();

    @PostConstruct
    void load() {
        String requested = RemissPages.parameter("nyckel");
        RuleDetails details = requested == null ? null : rules.rule(requested).orElse(null);
        if (details == null) {
            if (requested != null) {
                FacesMessages.error(null, "remissregel.error.notFound");
            }
            addRow();
            return;
        }
        show(details);
    }

    private void show(RuleDetails details) {
        RuleVersionView current = details.current();
        key = details.rule().key();
        existing = true;
        lockVersion = details.rule().lockVersion();
        title = current.title();
        textSv = current.textSv();
        textEn = current.textEn();
        visitorsPerUnit = current.visitorsPerUnit() == null ? null : String.valueOf(current.visitorsPerUnit());
        visitorsPerUnitWithAlcohol = current.visitorsPerUnitWithAlcohol() == null ? null
                : String.valueOf(current.visitorsPerUnitWithAlcohol());
        rows.clear();
        current.clauses().forEach(clause -> rows.add(ClauseRow.of(clause)));
        versions = details.versions();
    }

    public void addRow() {
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new ClauseRow());
        }
    }

    public String save() {
        List<Integer> rowOfClause = new ArrayList<>();
        List<ClauseInput> clauses = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isBlank()) {
                rowOfClause.add(i);
                clauses.add(rows.get(i).input());
            }
        }
        Integer perUnit = number(visitorsPerUnit, "visitorsPerUnit");
        Integer perUnitAlcohol = number(visitorsPerUnitWithAlcohol, "visitorsPerUnitWithAlcohol");
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return null;
        }
        RuleInput input = new RuleInput(title, clauses, textSv, textEn, perUnit, perUnitAlcohol);
        try {
            String author = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            RuleDetails saved = existing ? rules.revise(key, lockVersion, input, author) : rules.create(key, input, author);
            show(saved);
            FacesMessages.info("remissregel.saved", saved.rule().key(), saved.rule().currentVersion());
        } catch (RuleRejected rejected) {
            for (RuleProblem problem : rejected.problems()) {
                FacesMessages.error(clientId(problem.field(), rowOfClause), problem.messageKey());
            }
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    private Integer number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            FacesMessages.error(FORM + ":" + field, "remissregel.error.perUnit.positive");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    private static String clientId(String field, List<Integer> rowOfClause) {
        if (field == null || field.isEmpty()) {
            return null;
        }
        if (field.equals("clauses")) {
            return FORM + ":clauses:0:field";
        }
        Matcher clause = CLAUSE.matcher(field);
        if (clause.matches()) {
            int row = rowOfClause.get(Integer.parseInt(clause.group(1)));
            return FORM + ":clauses:" + row + ":" + clause.group(2);
        }
        return FORM + ":" + field;
    }

    public String valuesOf(FactField field) {
        return String.join(", ", field.enumValues());
    }

    public String at(LocalDateTime time) {
        return time == null ? "" : time.truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ');
    }

    public List<FactField> getFields() { return List.of(FactField.values()); }
    public List<Operator> getOperators() { return List.of(Operator.values()); }
    public List<Integer> getGroups() { return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9); }
    public List<ClauseRow> getRows() { return rows; }
    public List<RuleVersionView> getVersions() { return versions; }
    public boolean isExisting() { return existing; }
    public String getKey() { return key; }
    public void setKey(String key) { if (!existing) { this.key = key; } }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTextSv() { return textSv; }
    public void setTextSv(String textSv) { this.textSv = textSv; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getVisitorsPerUnit() { return visitorsPerUnit; }
    public void setVisitorsPerUnit(String value) { this.visitorsPerUnit = value; }
    public String getVisitorsPerUnitWithAlcohol() { return visitorsPerUnitWithAlcohol; }
    public void setVisitorsPerUnitWithAlcohol(String value) { this.visitorsPerUnitWithAlcohol = value; }
}
