package se.tryggstad.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.support.application.GuideAnswerForm;
import se.tryggstad.portal.support.application.SupportCatalogue;
import se.tryggstad.portal.support.application.SupportGuide;
import se.tryggstad.portal.support.application.SupportOfferForm;
import se.tryggstad.portal.support.application.SupportRejected;
import se.tryggstad.portal.support.application.SupportTextForm;
import se.tryggstad.portal.support.domain.SupportCategory;
import se.tryggstad.portal.support.domain.SupportScope;

import java.util.List;
import java.util.logging.Logger;

import static se.tryggstad.portal.support.domain.SupportCategory.ANHORIGSTOD;
import static se.tryggstad.portal.support.domain.SupportCategory.AVHOPPARSTOD;
import static se.tryggstad.portal.support.domain.SupportCategory.BROTTSOFFERSTOD;
import static se.tryggstad.portal.support.domain.SupportCategory.EKONOMISKT_STOD;
import static se.tryggstad.portal.support.domain.SupportCategory.FORALDRASTOD;
import static se.tryggstad.portal.support.domain.SupportCategory.HEDERSRELATERAT_VALD;
import static se.tryggstad.portal.support.domain.SupportCategory.MISSBRUK;
import static se.tryggstad.portal.support.domain.SupportCategory.PSYKISK_OHALSA;
import static se.tryggstad.portal.support.domain.SupportCategory.STOD_FOR_UNGA;
import static se.tryggstad.portal.support.domain.SupportCategory.VALD_I_NARA_RELATIONER;
import static se.tryggstad.portal.support.domain.SupportScope.MUNICIPAL;
import static se.tryggstad.portal.support.domain.SupportScope.NATIONAL;

/**
 * Demo support services and the demo guided path, for the run profile only. The national helplines have
 * their real public numbers (a service whose number we were not sure of has only its web address). The
 * Solna services are EXAMPLES, plausibly described: the city's real services must be entered by staff.
 */
@Singleton
@Startup
@DependsOn("DemoContent")
public class SupportDemoContent {

    private static final Logger LOG = Logger.getLogger(SupportDemoContent.class.getName());

    private static final String SOLNA_WEB = "https://www.solna.se";
    private static final String STADSHUSET = "Solna stadshus, Stadshusgången 2, Solna";
    private static final String DAYTIME_SV = "Vardagar 8–16";
    private static final String DAYTIME_EN = "Weekdays 8 am–4 pm";
    private static final String ALWAYS_SV = "Dygnet runt";
    private static final String ALWAYS_EN = "Day and night";

    @Inject
    @ConfigProperty(name = "trygg.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    SupportCatalogue catalogue;

    @Inject
    SupportGuide guide;

    @PostConstruct
    void loadOnce() {
        if (!enabled) {
            return;
        }
        try {
            for (SupportOfferForm offer : offers()) {
                if (!catalogue.hasOfferNamed(offer.swedish().name())) {
                    catalogue.publish(offer);
                }
            }
            if (guide.allQuestions().isEmpty()) {
                guidedPath();
            }
        } catch (SupportRejected rejected) {
            // demo content must never keep the portal from starting
            LOG.warning(() -> "Support demo content was refused: " + rejected.getMessage());
        }
    }

    static List<SupportOfferForm> offers() {
        return List.of(
                offer(BROTTSOFFERSTOD, NATIONAL, "Brottsofferjouren Sverige", "116 006", "https://www.boj.se", true,
                        "svenska, engelska och fler språk",
                        sv("Brottsofferjouren", "Dig som har utsatts för brott, har sett ett brott eller är anhörig.",
                                "En volontär lyssnar, berättar vad som händer nu och kan följa med till polis och rättegång.",
                                "Stöd till dig som har utsatts för brott. Du behöver inte ha gjort en polisanmälan.",
                                "Vardagar 9–19"),
                        en("Victim Support Sweden", "Anyone who has been a victim of or a witness to a crime, and relatives.",
                                "A volunteer listens, explains what happens next and can go with you to the police and to court.",
                                "Support if you have been a victim of crime. You do not need to have reported it to the police.",
                                "Weekdays 9 am–7 pm")),
                offer(BROTTSOFFERSTOD, NATIONAL, "Polisen", "114 14", "https://polisen.se", false, null,
                        sv("Polisen – när det inte är akut", "Dig som vill anmäla ett brott eller lämna tips.",
                                "Du kommer till polisen och kan anmäla eller fråga. Vid fara: ring 112.",
                                "Ring 114 14 för att anmäla brott som inte pågår just nu.", ALWAYS_SV),
                        en("The police – when it is not an emergency", "Anyone who wants to report a crime or give a tip.",
                                "You reach the police and can report or ask. In danger: call 112.",
                                "Call 114 14 to report a crime that is not happening right now.", ALWAYS_EN)),
                offer(VALD_I_NARA_RELATIONER, NATIONAL, "Nationellt centrum för kvinnofrid", "020-50 50 50",
                        "https://kvinnofridslinjen.se", true, "svenska, engelska; tolk på fler språk",
                        sv("Kvinnofridslinjen", "Dig som har utsatts för hot, våld eller sexuellt våld, och dig som är anhörig.",
                                "Du pratar med en socionom eller sjuksköterska. Samtalet är gratis och syns inte på telefonräkningen.",
                                "Nationell stödtelefon. Du kan vara anonym.", ALWAYS_SV),
                        en("Kvinnofridslinjen – national helpline", "Anyone subjected to threats, violence or sexual violence, and relatives.",
                                "You talk to a social worker or nurse. The call is free and does not show on the phone bill.",
                                "National helpline. You can stay anonymous.", ALWAYS_EN)),
                offer(VALD_I_NARA_RELATIONER, NATIONAL, "Unizon", null, "https://www.unizon.se", true, null,
                        sv("Kvinnojourer och tjejjourer (Unizon)", "Kvinnor, tjejer och unga som utsätts för våld.",
                                "Du hittar en jour nära dig som du kan ringa, chatta eller mejla med.",
                                "Jourer i hela landet som ger stöd och kan hjälpa till med skyddat boende.", null),
                        en("Women's and girls' shelters (Unizon)", "Women, girls and young people subjected to violence.",
                                "You find a shelter near you to call, chat or e-mail with.",
                                "Shelters all over Sweden that give support and can help with protected housing.", null)),
                offer(VALD_I_NARA_RELATIONER, MUNICIPAL, "Solna stad, socialtjänsten", null, SOLNA_WEB, false,
                        "svenska, engelska; tolk vid behov",
                        sv("Stöd vid våld i nära relationer", "Dig som blir slagen, hotad eller kontrollerad av någon du lever med.",
                                "Du får prata med en socialsekreterare. Ni gör en plan för din säkerhet, och skyddat boende finns.",
                                "Samtalsstöd, skyddat boende och stöd för barn som har upplevt våld.", DAYTIME_SV),
                        en("Support for violence in close relationships", "Anyone beaten, threatened or controlled by someone they live with.",
                                "You talk to a social worker. Together you make a safety plan; protected housing is available.",
                                "Counselling, protected housing and support for children who have experienced violence.", DAYTIME_EN)),
                offer(HEDERSRELATERAT_VALD, MUNICIPAL, "Solna stad, socialtjänsten", null, SOLNA_WEB, true,
                        "svenska, engelska, arabiska; tolk vid behov",
                        sv("Stöd mot hedersrelaterat våld och förtryck", "Dig som begränsas av din familj i vem du får träffa, gifta dig med eller hur du får leva.",
                                "Du får prata i enrum. Vi berättar inget för din familj utan att du vill.",
                                "Vi hjälper dig att hitta skydd och stöd.", DAYTIME_SV),
                        en("Support against honour-related violence and oppression", "Anyone whose family limits who they may meet, marry or how they may live.",
                                "You talk in private. We tell your family nothing unless you want us to.",
                                "We help you find protection and support.", DAYTIME_EN)),
                offer(HEDERSRELATERAT_VALD, NATIONAL, "Länsstyrelsen Östergötland", null, "https://www.hedersfortryck.se",
                        true, null,
                        sv("Hedersförtryck.se", "Dig som utsätts för hedersrelaterat våld och förtryck, och dig som vill hjälpa.",
                                "Du läser om dina rättigheter och hittar stöd nära dig.",
                                "Nationell information om hedersrelaterat våld, barnäktenskap och tvångsäktenskap.", null),
                        en("Hedersförtryck.se", "Anyone subjected to honour-related violence and oppression, and those who want to help.",
                                "You read about your rights and find support near you.",
                                "National information about honour-related violence, child and forced marriage.", null)),
                offer(HEDERSRELATERAT_VALD, NATIONAL, "Terrafem", null, "https://www.terrafem.org", true,
                        "många språk", sv("Terrafem", "Kvinnor som utsätts för våld, på sitt eget språk.",
                                "Du får stöd av någon som talar ditt språk.",
                                "Stödjour på många språk för kvinnor och tjejer.", null), null),
                offer(AVHOPPARSTOD, MUNICIPAL, "Solna stad och Polisen", null, SOLNA_WEB, true, null,
                        sv("Avhopparverksamhet", "Dig som vill lämna ett gäng eller ett kriminellt nätverk.",
                                "Du får en egen kontaktperson. Ni pratar om din säkerhet, boende, skola eller jobb.",
                                "Stöd för att lämna kriminalitet: samtal, boende, sysselsättning och kontakt med myndigheter.",
                                DAYTIME_SV),
                        en("Leaving a gang", "Anyone who wants to leave a gang or criminal network.",
                                "You get your own contact person. You talk about your safety, housing, school or work.",
                                "Support to leave crime: talks, housing, work and contact with authorities.", DAYTIME_EN)),
                offer(AVHOPPARSTOD, NATIONAL, "Fryshuset", null, "https://fryshuset.se", true, null,
                        sv("Exit – Fryshuset", "Unga som vill lämna våldsbejakande miljöer eller gäng.",
                                "Du får prata med någon som har erfarenhet och får stöd att bygga ett nytt liv.",
                                "Stöd för avhoppare och deras anhöriga.", null),
                        en("Exit – Fryshuset", "Young people who want to leave violent groups or gangs.",
                                "You talk to someone with experience and get support to build a new life.",
                                "Support for people leaving and their relatives.", null)),
                offer(STOD_FOR_UNGA, NATIONAL, "Barnens rätt i samhället", "116 111", "https://www.bris.se", true, null,
                        sv("BRIS – för barn och unga", "Barn och unga upp till 18 år.",
                                "Du pratar med en kurator. Du behöver inte säga vem du är.",
                                "Ring, mejla eller chatta om allt som känns svårt.", ALWAYS_SV),
                        en("BRIS – for children and young people", "Children and young people up to 18.",
                                "You talk to a counsellor. You do not have to say who you are.",
                                "Call, e-mail or chat about anything that feels hard.", ALWAYS_EN)),
                offer(STOD_FOR_UNGA, NATIONAL, "Sveriges regioner", null, "https://www.umo.se", true, null,
                        sv("UMO – ungdomsmottagningen på nätet", "Unga mellan 13 och 25 år.",
                                "Du läser om kropp, relationer och hur du mår, och hittar en mottagning nära dig.",
                                "Information och stöd för unga.", null),
                        en("UMO – the youth clinic online", "Young people aged 13 to 25.",
                                "You read about your body, relationships and how you feel, and find a clinic near you.",
                                "Information and support for young people.", null)),
                offer(STOD_FOR_UNGA, MUNICIPAL, "Solna stad, fältgruppen", null, SOLNA_WEB, true, null,
                        sv("Fältassistenter i Solna", "Unga i Solna och deras föräldrar.",
                                "Fältassistenterna finns ute på kvällar och helger. Du kan prata med dem om vad som helst.",
                                "Vuxna som möter unga där de är och hjälper dem vidare.", "Kvällar och helger"),
                        en("Youth outreach workers in Solna", "Young people in Solna and their parents.",
                                "The outreach workers are out in the evenings and at weekends. You can talk to them about anything.",
                                "Adults who meet young people where they are and help them on.", "Evenings and weekends")),
                offer(FORALDRASTOD, NATIONAL, "Mind", "020-85 20 00", "https://mind.se", true, null,
                        sv("Föräldralinjen", "Föräldrar och andra vuxna som är oroliga för ett barn.",
                                "Du pratar med en volontär om det som känns svårt i föräldraskapet.",
                                "Stödlinje för föräldrar.", null),
                        en("Föräldralinjen – parents' helpline", "Parents and other adults worried about a child.",
                                "You talk with a volunteer about what feels hard in being a parent.",
                                "Helpline for parents.", null)),
                offer(FORALDRASTOD, MUNICIPAL, "Solna stad, familjestöd", null, SOLNA_WEB, false, null,
                        sv("Föräldraprogram och familjestöd", "Föräldrar till barn och tonåringar i Solna.",
                                "Du går en kostnadsfri föräldrakurs eller får enskilda samtal.",
                                "Prata med andra föräldrar om gränser, konflikter och oro.", DAYTIME_SV),
                        en("Parenting programmes and family support", "Parents of children and teenagers in Solna.",
                                "You join a free parenting course or get one-to-one talks.",
                                "Talk with other parents about limits, conflicts and worries.", DAYTIME_EN)),
                offer(ANHORIGSTOD, MUNICIPAL, "Solna stad", null, SOLNA_WEB, false, null,
                        sv("Anhörigstöd", "Dig som är orolig för någon i din närhet, till exempel ett barn som dras in i kriminalitet.",
                                "Du får råd och samtal, ensam eller i grupp.",
                                "Stöd till anhöriga.", DAYTIME_SV),
                        en("Support for relatives", "Anyone worried about someone close, for example a child drawn into crime.",
                                "You get advice and talks, alone or in a group.", "Support for relatives.", DAYTIME_EN)),
                offer(PSYKISK_OHALSA, NATIONAL, "Mind", "90101", "https://mind.se", true, null,
                        sv("Självmordslinjen", "Dig som har tankar på att ta ditt liv, och dig som är orolig för någon.",
                                "Du ringer eller chattar med en volontär som lyssnar.",
                                "Stödlinje vid tankar på självmord.", ALWAYS_SV),
                        en("Självmordslinjen – suicide helpline", "Anyone thinking about taking their life, or worried about someone.",
                                "You call or chat with a volunteer who listens.", "Helpline for suicidal thoughts.", ALWAYS_EN)),
                offer(PSYKISK_OHALSA, NATIONAL, "Jourhavande medmänniska", "08-702 16 80", null, true, null,
                        sv("Jourhavande medmänniska", "Alla som behöver prata med någon.",
                                "En volontär lyssnar på dig, på natten.", "Samtal med en medmänniska när det känns tungt.",
                                "Kvällar och nätter"),
                        en("Jourhavande medmänniska – someone to talk to", "Anyone who needs to talk to someone.",
                                "A volunteer listens to you, at night.", "Talk to a fellow human when life feels heavy.",
                                "Evenings and nights")),
                offer(PSYKISK_OHALSA, NATIONAL, "Sveriges regioner", "1177", "https://www.1177.se", false, null,
                        sv("1177 Vårdguiden", "Alla som behöver råd om vård och hälsa, också psykisk hälsa.",
                                "En sjuksköterska bedömer vad du behöver och var du kan få hjälp.",
                                "Sjukvårdsrådgivning dygnet runt.", ALWAYS_SV),
                        en("1177 – healthcare advice", "Anyone who needs advice on health, mental health included.",
                                "A nurse assesses what you need and where you can get help.",
                                "Healthcare advice day and night.", ALWAYS_EN)),
                offer(MISSBRUK, NATIONAL, "Region Stockholm", "020-84 44 48", "https://alkohollinjen.se", true, null,
                        sv("Alkohollinjen", "Dig som vill ändra dina alkoholvanor, och dig som är anhörig.",
                                "Du pratar med en rådgivare, en gång eller flera.", "Stödlinje om alkohol.", null),
                        en("Alkohollinjen – alcohol helpline", "Anyone who wants to change their drinking, and relatives.",
                                "You talk to an adviser, once or more.", "Helpline about alcohol.", null)),
                offer(MISSBRUK, NATIONAL, "Region Stockholm", "020-81 91 00", "https://stodlinjen.se", true, null,
                        sv("Stödlinjen för spel", "Dig som spelar för mycket, och dig som är anhörig.",
                                "Du pratar med en rådgivare om spelandet och om pengar.", "Stödlinje om spel om pengar.", null),
                        en("Stödlinjen – gambling helpline", "Anyone who gambles too much, and relatives.",
                                "You talk to an adviser about gambling and money.", "Helpline about gambling.", null)),
                offer(MISSBRUK, MUNICIPAL, "Solna stad, socialtjänsten", null, SOLNA_WEB, false, null,
                        sv("Mottagning för unga med alkohol och droger", "Unga upp till 25 år och deras föräldrar.",
                                "Ni får samtal, ensamma eller tillsammans. Det kostar inget.",
                                "Stöd för unga som använder alkohol eller droger.", DAYTIME_SV),
                        en("Clinic for young people and drugs", "Young people up to 25 and their parents.",
                                "You get talks, alone or together. It is free.",
                                "Support for young people who use alcohol or drugs.", DAYTIME_EN)),
                offer(EKONOMISKT_STOD, MUNICIPAL, "Solna stad", null, SOLNA_WEB, false, null,
                        sv("Budget- och skuldrådgivning", "Dig som har skulder eller svårt att få pengarna att räcka.",
                                "En rådgivare går igenom din ekonomi med dig och gör en plan.", "Kostnadsfri rådgivning.",
                                DAYTIME_SV),
                        en("Budget and debt advice", "Anyone with debts or trouble making money last.",
                                "An adviser goes through your finances with you and makes a plan.", "Free advice.",
                                DAYTIME_EN)),
                offer(EKONOMISKT_STOD, MUNICIPAL, "Solna stad, socialtjänsten", null, SOLNA_WEB, false, null,
                        sv("Ekonomiskt bistånd", "Dig som inte kan försörja dig just nu.",
                                "Du ansöker och en socialsekreterare går igenom din situation.",
                                "Pengar till det du behöver för att leva, när inget annat räcker.", DAYTIME_SV),
                        en("Financial assistance", "Anyone who cannot support themselves right now.",
                                "You apply and a social worker goes through your situation.",
                                "Money for what you need to live, when nothing else is enough.", DAYTIME_EN)),
                offer(EKONOMISKT_STOD, NATIONAL, "Konsumentverket", null, "https://www.hallakonsument.se", false, null,
                        sv("Hallå konsument", "Dig som har frågor om köp, avtal och lån.",
                                "Du får opartiska råd om vad du kan göra.", "Nationell upplysning för konsumenter.", null),
                        en("Hallå konsument – consumer advice", "Anyone with questions about purchases, contracts and loans.",
                                "You get impartial advice on what you can do.", "National consumer information.", null)));
    }

    /** The demo path: the situations of issue #6, in plain words. */
    private void guidedPath() {
        long parent = guide.addQuestion("Vad oroar dig mest?", "What worries you most?", false);
        answer(parent, "Mitt barn kan vara indraget i kriminalitet", "My child may be drawn into crime", null,
                ANHORIGSTOD, "Anhörigstöd");
        answer(parent, "Jag vill ha stöd som förälder", "I want support as a parent", null, FORALDRASTOD, "Föräldralinjen");
        answer(parent, "Mitt barn dricker eller tar droger", "My child drinks or takes drugs", null, MISSBRUK,
                "Mottagning för unga med alkohol och droger");

        long young = guide.addQuestion("Är du under 18 år?", "Are you under 18?", false);
        answer(young, "Ja", "Yes", null, STOD_FOR_UNGA, "BRIS – för barn och unga");
        answer(young, "Nej", "No", null, PSYKISK_OHALSA, "Självmordslinjen");

        long money = guide.addQuestion("Vad gäller det?", "What is it about?", false);
        answer(money, "Skulder eller pengar", "Debt or money", null, EKONOMISKT_STOD, "Budget- och skuldrådgivning");
        answer(money, "Spel om pengar", "Gambling", null, MISSBRUK, "Stödlinjen för spel");
        answer(money, "Alkohol eller droger", "Alcohol or drugs", null, MISSBRUK, "Alkohollinjen");

        long start = guide.addQuestion("Vad behöver du hjälp med?", "What do you need help with?", true);
        answer(start, "Någon hemma slår, hotar eller kontrollerar mig", "Someone at home hits, threatens or controls me",
                null, VALD_I_NARA_RELATIONER, "Kvinnofridslinjen");
        answer(start, "Min familj bestämmer vem jag får träffa eller gifta mig med",
                "My family decides who I may meet or marry", null, HEDERSRELATERAT_VALD,
                "Stöd mot hedersrelaterat våld och förtryck");
        answer(start, "Jag har blivit utsatt för brott", "I have been a victim of crime", null, BROTTSOFFERSTOD,
                "Brottsofferjouren");
        answer(start, "Jag vill lämna ett gäng", "I want to leave a gang", null, AVHOPPARSTOD, "Avhopparverksamhet");
        answer(start, "Jag är orolig för mitt barn eller en tonåring", "I am worried about my child or a teenager",
                parent, null, null);
        answer(start, "Jag är ung och behöver prata med någon", "I am young and need to talk to someone", young,
                null, null);
        answer(start, "Pengar, spel, alkohol eller droger", "Money, gambling, alcohol or drugs", money, null, null);
    }

    private void answer(long questionId, String sv, String en, Long next, SupportCategory category, String offerName) {
        Long offerId = offerName == null ? null : catalogue.idOfOfferNamed(offerName).orElse(null);
        long version = guide.allQuestions().stream().filter(question -> question.id() == questionId).findFirst()
                .orElseThrow().version();
        guide.addAnswer(questionId, version, new GuideAnswerForm(sv, en, next, category, offerId));
    }

    private static SupportOfferForm offer(SupportCategory category, SupportScope scope, String provider, String phone,
                                          String web, boolean anonymous, String languages, SupportTextForm swedish,
                                          SupportTextForm english) {
        return new SupportOfferForm(category, scope, provider, phone, web, null,
                scope == MUNICIPAL ? STADSHUSET : null, languages, anonymous, swedish,
                english == null ? SupportTextForm.empty() : english);
    }

    private static SupportTextForm sv(String name, String forWhom, String whatHappens, String description, String hours) {
        return new SupportTextForm(name, forWhom, whatHappens, description, hours);
    }

    private static SupportTextForm en(String name, String forWhom, String whatHappens, String description, String hours) {
        return new SupportTextForm(name, forWhom, whatHappens, description, hours);
    }
}
