package se.tryggstad.portal.support.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One place to turn to for help: who runs it, who it is for, what happens when you call, how to reach
 * it, in Swedish and optionally other languages. Public information about an organisation, never about
 * a person seeking help.
 */
@Entity
@Table(name = "sup_offer")
@NamedQuery(name = SupportOffer.PUBLISHED, query = "SELECT o FROM SupportOffer o WHERE o.published = TRUE "
        + "ORDER BY o.category, o.name")
@NamedQuery(name = SupportOffer.ALL, query = "SELECT o FROM SupportOffer o ORDER BY o.category, o.name")
@NamedQuery(name = SupportOffer.BY_NAME, query = "SELECT o FROM SupportOffer o WHERE o.name = :name")
public class SupportOffer {

    public static final String PUBLISHED = "SupportOffer.published";
    public static final String ALL = "SupportOffer.all";
    public static final String BY_NAME = "SupportOffer.byName";

    /** The language every offer has; the one shown when a visitor's language has no text. */
    public static final String SWEDISH = "sv";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** The Swedish name, kept beside the texts for ordering and look-up. */
    @Column(nullable = false, length = SupportText.NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private SupportCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupportScope scope;

    @Column(nullable = false, length = 160)
    private String provider;

    @Column(length = 40)
    private String phone;

    @Column(name = "web_address", length = 300)
    private String webAddress;

    @Column(name = "chat_address", length = 300)
    private String chatAddress;

    @Column(name = "street_address", length = 300)
    private String streetAddress;

    @Column(length = 200)
    private String languages;

    @Column(name = "anonymous_possible", nullable = false)
    private boolean anonymousPossible;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sup_offer_text", joinColumns = @JoinColumn(name = "offer_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, SupportText> texts = new HashMap<>();

    protected SupportOffer() {
        // for JPA
    }

    /**
     * A new offer, not yet shown to residents.
     *
     * @throws SupportRuleViolation naming the first input that breaks a rule; nothing is created then
     */
    public static SupportOffer draft(SupportDetails details, SupportText swedish, Instant now) {
        SupportOffer offer = new SupportOffer();
        offer.revise(details, swedish, now);
        return offer;
    }

    /**
     * Changes everything staff edit except the translations. All inputs are checked before anything
     * changes, so a refused revision leaves the offer as it was.
     */
    public void revise(SupportDetails details, SupportText swedish, Instant now) {
        if (swedish == null) {
            throw new SupportRuleViolation("sv.name", "support.rule.required");
        }
        if (details.category() == null) {
            throw new SupportRuleViolation("category", "support.rule.required");
        }
        if (details.scope() == null) {
            throw new SupportRuleViolation("scope", "support.rule.required");
        }
        String checkedProvider = Texts.required(details.provider(), 160, "provider");
        String checkedPhone = Texts.phone(details.phone(), "phone");
        String checkedWeb = Texts.webAddress(details.webAddress(), "webAddress");
        String checkedChat = Texts.webAddress(details.chatAddress(), "chatAddress");
        String checkedStreet = Texts.optional(details.streetAddress(), 300, "streetAddress");
        String checkedLanguages = Texts.optional(details.languages(), 200, "languages");
        if (checkedPhone == null && checkedWeb == null && checkedChat == null && checkedStreet == null) {
            throw new SupportRuleViolation("phone", "support.rule.noWayToReach");
        }
        category = details.category();
        scope = details.scope();
        provider = checkedProvider;
        phone = checkedPhone;
        webAddress = checkedWeb;
        chatAddress = checkedChat;
        streetAddress = checkedStreet;
        languages = checkedLanguages;
        anonymousPossible = details.anonymousPossible();
        texts.put(SWEDISH, swedish);
        name = swedish.name();
        updatedAt = now;
    }

    /** Adds or replaces the text in another language than Swedish. */
    public void translate(String language, SupportText text, Instant now) {
        String checked = otherLanguage(language);
        if (text == null) {
            throw new SupportRuleViolation(checked + ".name", "support.rule.required");
        }
        texts.put(checked, text);
        updatedAt = now;
    }

    /** Removes a translation; visitors reading that language then see the Swedish text. */
    public void removeTranslation(String language, Instant now) {
        if (texts.remove(otherLanguage(language)) != null) {
            updatedAt = now;
        }
    }

    private static String otherLanguage(String language) {
        if (language == null || !language.matches("[a-z]{2,3}") || SWEDISH.equals(language)) {
            throw new SupportRuleViolation("language", "support.rule.language");
        }
        return language;
    }

    public void publish(Instant now) {
        published = true;
        updatedAt = now;
    }

    /** Hides the offer from residents and search; staff still see and can publish it again. */
    public void unpublish(Instant now) {
        published = false;
        updatedAt = now;
    }

    /** The text in this language, or the Swedish text when there is none. */
    public SupportText textIn(String language) {
        SupportText text = texts.get(language);
        return text != null ? text : texts.get(SWEDISH);
    }

    /** The text in exactly this language, if there is one. */
    public SupportText translation(String language) {
        return texts.get(language);
    }

    public boolean isTranslatedTo(String language) {
        return texts.containsKey(language);
    }

    /** The languages this offer has a text in, Swedish among them. */
    public Set<String> textLanguages() {
        return new TreeSet<>(texts.keySet());
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public SupportCategory category() {
        return category;
    }

    public SupportScope scope() {
        return scope;
    }

    public String provider() {
        return provider;
    }

    public String phone() {
        return phone;
    }

    public String webAddress() {
        return webAddress;
    }

    public String chatAddress() {
        return chatAddress;
    }

    public String streetAddress() {
        return streetAddress;
    }

    public String languages() {
        return languages;
    }

    public boolean isAnonymousPossible() {
        return anonymousPossible;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
