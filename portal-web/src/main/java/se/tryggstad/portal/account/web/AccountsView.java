package se.tryggstad.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.account.application.AccountQueries;
import se.tryggstad.portal.account.application.AccountRejected;
import se.tryggstad.portal.account.application.AccountService;
import se.tryggstad.portal.account.application.AccountSummary;
import se.tryggstad.portal.account.application.NewAccount;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The administrators' account page: list, open, change roles, deactivate and reactivate. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String NEW_ACCOUNT_FORM = "newAccount";
    static final String ROLES_FORM = "editRoles";

    @Inject
    AccountService service;

    @Inject
    AccountQueries queries;

    /** Transient because AccountSummary is not Serializable; it is reloaded after every change anyway. */
    private transient List<AccountSummary> accounts;

    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>();

    private String editing;
    private List<String> editedRoles = new ArrayList<>();

    public List<AccountSummary> getAccounts() {
        if (accounts == null) {
            accounts = queries.all();
        }
        return accounts;
    }

    public List<String> getRoleNames() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    /** The roles in their usual order, in the reader's language. */
    public String rolesOf(AccountSummary account) {
        if (account.roles().isEmpty()) {
            return FacesMessages.text("admin.noRoles");
        }
        return EnumSet.copyOf(account.roles()).stream()
                .map(role -> FacesMessages.text("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    public void open() {
        try {
            AccountSummary opened = service.open(new NewAccount(username, displayName, password, toRoles(roles)));
            FacesMessages.info("admin.created", opened.username());
            username = null;
            displayName = null;
            roles = new ArrayList<>();
            accounts = null;
        } catch (AccountRejected rejected) {
            show(rejected, NEW_ACCOUNT_FORM, Set.of("username", "displayName", "password", "roles"));
        } finally {
            password = null;
        }
    }

    public void edit(AccountSummary account) {
        editing = account.username();
        editedRoles = new ArrayList<>(account.roles().stream().map(Role::name).sorted().toList());
    }

    public void cancelEdit() {
        editing = null;
    }

    public void saveRoles() {
        try {
            service.assignRoles(editing, toRoles(editedRoles));
            FacesMessages.info("admin.rolesSaved", editing);
            editing = null;
            accounts = null;
        } catch (AccountRejected rejected) {
            show(rejected, ROLES_FORM, Set.of("roles"));
        }
    }

    public void deactivate(String account) {
        change(account, () -> service.deactivate(account), "admin.deactivated");
    }

    public void reactivate(String account) {
        change(account, () -> service.reactivate(account), "admin.reactivated");
    }

    private void change(String account, Runnable change, String doneKey) {
        try {
            change.run();
            FacesMessages.info(doneKey, account);
            accounts = null;
        } catch (AccountRejected rejected) {
            show(rejected, null, Set.of());
        }
    }

    private static void show(AccountRejected rejected, String form, Set<String> fieldsOnForm) {
        FacesMessages.error(clientId(rejected.field(), form, fieldsOnForm), rejected.messageKey());
    }

    /** At the input the rule is about when that input is on the form that was sent, otherwise among the page's messages. */
    static String clientId(String field, String form, Set<String> fieldsOnForm) {
        return fieldsOnForm.contains(field) ? form + ":" + field : null;
    }

    private static Set<Role> toRoles(Collection<String> names) {
        if (names == null) {
            return EnumSet.noneOf(Role.class);
        }
        return names.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public String getEditing() { return editing; }
    public List<String> getEditedRoles() { return editedRoles; }
    public void setEditedRoles(List<String> editedRoles) { this.editedRoles = editedRoles; }
}
