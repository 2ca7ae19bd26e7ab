// The stories behind the example exports: one force's crime, intelligence, custody and
// missing-person records about 34 children, January to October 2026. Most children are
// flagged the same way everywhere; the rest show, one story each, the problems inspections
// found. Each record says what it carries and what the national policy must propose, and
// the tests hold both to the adapters and the policy. Everything is synthetic.
import type { Story } from "./story.js";

/** Children flagged as the policy proposes, in every system that records them. */
const consistent: readonly Story[] = [
  {
    id: "group-based-consistent",
    demonstrates:
      "Group-based CSE flagged everywhere: a CSE-defining offence with two suspects, intelligence under Operation STRIVER naming both, and a missing episode with a CSE warning marker.",
    findings: [],
    records: [
      {
        system: "intelligence",
        ref: "IR-3001",
        seen: "2026-01-10 19:00",
        operations: ["STRIVER"],
        atRisk: [{ ref: "CHILD-001", signs: ["exchange-gifts", "associates-with-older-adults"] }],
        suspects: [{ ref: "ADULT-001" }, { ref: "ADULT-002" }],
        carries: ["CSE"],
        expect: { person: "CHILD-001", proposes: ["CSE"], qualifiers: ["group-based"] },
      },
      {
        system: "missing-person",
        ref: "MP-3001",
        reported: "2026-01-09 22:40",
        missing: { ref: "CHILD-001", signs: ["exchange-gifts", "associates-with-older-adults"] },
        carries: ["CSE"],
        expect: { person: "CHILD-001", proposes: ["CSE"] },
      },
      {
        system: "crime",
        ref: "CR-3001",
        committed: "2026-01-17 20:30",
        offences: [{ homeOffice: "71", soaSection: "48" }],
        victims: [
          {
            ref: "CHILD-001",
            signs: ["exchange-gifts", "associates-with-older-adults", "missing-from-home-or-care"],
          },
        ],
        suspects: [{ ref: "ADULT-001" }, { ref: "ADULT-002" }],
        carries: ["CSE"],
        expect: { person: "CHILD-001", proposes: ["CSE"], qualifiers: ["group-based"] },
      },
    ],
  },
  {
    id: "online-grooming-consistent",
    demonstrates:
      "Online grooming of a 12-year-old (Home Office 88A, SOA s.15A) flagged CSE on the crime and the intelligence.",
    findings: [],
    records: [
      {
        system: "intelligence",
        ref: "IR-3002",
        seen: "2026-02-03 16:00",
        atRisk: [{ ref: "CHILD-002", signs: ["online-grooming"] }],
        suspects: [{ ref: "ADULT-003" }],
        carries: ["CSE"],
        expect: { person: "CHILD-002", proposes: ["CSE"], qualifiers: ["online"] },
      },
      {
        system: "crime",
        ref: "CR-3002",
        committed: "2026-02-09 18:15",
        offences: [{ homeOffice: "88A", soaSection: "15A" }],
        victims: [{ ref: "CHILD-002", signs: ["online-grooming", "concerning-internet-use"] }],
        suspects: [{ ref: "ADULT-003" }],
        carries: ["CSE"],
        expect: { person: "CHILD-002", proposes: ["CSE"], qualifiers: ["online"] },
      },
    ],
  },
  {
    id: "trafficking-consistent",
    demonstrates:
      "Trafficking for sexual exploitation (Home Office 72) by three adults, flagged CSE on the crime and on STRIVER intelligence.",
    findings: [],
    records: [
      {
        system: "intelligence",
        ref: "IR-3003",
        seen: "2026-02-26 21:00",
        operations: ["STRIVER"],
        atRisk: [{ ref: "CHILD-003", signs: ["exploited-for-third-party-gain", "found-out-of-area"] }],
        suspects: [{ ref: "ADULT-004" }],
        carries: ["CSE"],
        expect: { person: "CHILD-003", proposes: ["CSE"] },
      },
      {
        system: "crime",
        ref: "CR-3003",
        committed: "2026-03-05 23:10",
        offences: [{ homeOffice: "72" }],
        victims: [
          {
            ref: "CHILD-003",
            signs: ["exploited-for-third-party-gain", "found-out-of-area", "keys-to-unknown-premises"],
          },
        ],
        suspects: [{ ref: "ADULT-004" }, { ref: "ADULT-005" }, { ref: "ADULT-006" }],
        carries: ["CSE"],
        expect: { person: "CHILD-003", proposes: ["CSE"], qualifiers: ["group-based"] },
      },
    ],
  },
  {
    id: "child-sexual-offence-with-exchange-consistent",
    demonstrates:
      "A child sexual offence (Home Office 22B) with alcohol given for sexual activity: CSA and CSE on the crime, CSE on the missing episode.",
    findings: [],
    records: [
      {
        system: "missing-person",
        ref: "MP-3004",
        reported: "2026-04-11 23:30",
        missing: { ref: "CHILD-004", signs: ["exchange-alcohol"] },
        carries: ["CSE"],
        expect: { person: "CHILD-004", proposes: ["CSE"] },
      },
      {
        system: "crime",
        ref: "CR-3004",
        committed: "2026-04-12 21:00",
        offences: [{ homeOffice: "22B" }],
        victims: [{ ref: "CHILD-004", signs: ["exchange-alcohol", "associates-with-older-adults"] }],
        suspects: [{ ref: "ADULT-007" }],
        carries: ["CSA", "CSE"],
        expect: { person: "CHILD-004", proposes: ["CSA", "CSE"] },
      },
    ],
  },
  {
    id: "intelligence-and-missing-consistent",
    demonstrates: "Money for sexual activity seen in intelligence and at a missing report: CSE on both.",
    findings: [],
    records: [
      {
        system: "intelligence",
        ref: "IR-3005",
        seen: "2026-05-06 20:00",
        atRisk: [{ ref: "CHILD-005", signs: ["exchange-money", "gets-into-cars-with-unknown-adults"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-005", proposes: ["CSE"] },
      },
      {
        system: "missing-person",
        ref: "MP-3005",
        reported: "2026-05-08 01:20",
        missing: { ref: "CHILD-005", signs: ["exchange-money", "gets-into-cars-with-unknown-adults"] },
        carries: ["CSE"],
        expect: { person: "CHILD-005", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "sexual-activity-consistent",
    demonstrates:
      "Sexual activity with an older person reported in intelligence and at a missing report: CSE on both.",
    findings: [],
    records: [
      {
        system: "intelligence",
        ref: "IR-3006",
        seen: "2026-06-02 17:30",
        atRisk: [{ ref: "CHILD-006", signs: ["sexual-activity-reported", "associates-with-older-adults"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-006", proposes: ["CSE"] },
      },
      {
        system: "missing-person",
        ref: "MP-3006",
        reported: "2026-06-14 23:05",
        missing: { ref: "CHILD-006", signs: ["sexual-activity-reported"] },
        carries: ["CSE"],
        expect: { person: "CHILD-006", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "cse-offence-consistent",
    demonstrates:
      "A CSE-defining offence (Home Office 71, SOA s.47) with drugs given for sex, flagged CSE on the crime and the intelligence.",
    findings: [],
    records: [
      {
        system: "intelligence",
        ref: "IR-3007",
        seen: "2026-06-18 22:00",
        atRisk: [{ ref: "CHILD-007", signs: ["exchange-drugs", "drug-misuse"] }],
        suspects: [{ ref: "ADULT-008" }],
        carries: ["CSE"],
        expect: { person: "CHILD-007", proposes: ["CSE"] },
      },
      {
        system: "crime",
        ref: "CR-3007",
        committed: "2026-06-20 22:45",
        offences: [{ homeOffice: "71", soaSection: "47" }],
        victims: [{ ref: "CHILD-007", signs: ["exchange-drugs"] }],
        suspects: [{ ref: "ADULT-008" }],
        carries: ["CSE"],
        expect: { person: "CHILD-007", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "no-concern",
    demonstrates:
      "A child assaulted (Home Office 105A) and later detained, with no sign of exploitation: no marker proposed, none carried.",
    findings: [],
    records: [
      {
        system: "crime",
        ref: "CR-3009",
        committed: "2026-02-14 13:00",
        offences: [{ homeOffice: "105A" }],
        victims: [{ ref: "CHILD-009" }],
        suspects: [{ ref: "ADULT-010" }],
        carries: [],
        expect: { person: "CHILD-009", proposes: [] },
      },
      {
        system: "custody",
        ref: "CU-3009",
        arrival: "2026-08-21 16:40",
        detainee: { ref: "CHILD-009" },
        offences: [{ homeOffice: "46" }],
        carries: [],
        expect: { person: "CHILD-009", proposes: [] },
      },
    ],
  },
  {
    id: "learning-disability-consistent",
    demonstrates:
      "A child with a learning disability given somewhere to stay for sex (Home Office 71): CSE on the crime and the missing episode.",
    findings: [],
    records: [
      {
        system: "missing-person",
        ref: "MP-3010",
        reported: "2026-07-21 21:00",
        missing: { ref: "CHILD-010", signs: ["exchange-accommodation"] },
        carries: ["CSE"],
        expect: { person: "CHILD-010", proposes: ["CSE"] },
      },
      {
        system: "crime",
        ref: "CR-3010",
        committed: "2026-07-22 19:40",
        offences: [{ homeOffice: "71", soaSection: "48" }],
        victims: [{ ref: "CHILD-010", signs: ["exchange-accommodation", "missing-from-home-or-care"] }],
        suspects: [{ ref: "ADULT-011" }],
        carries: ["CSE"],
        expect: { person: "CHILD-010", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "status-exchange-consistent",
    demonstrates:
      "Affection and status given for sex, seen in intelligence and at a missing report: CSE on both.",
    findings: [],
    records: [
      {
        system: "intelligence",
        ref: "IR-3011",
        seen: "2026-08-05 18:20",
        atRisk: [{ ref: "CHILD-011", signs: ["exchange-status", "multiple-unknown-callers"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-011", proposes: ["CSE"] },
      },
      {
        system: "missing-person",
        ref: "MP-3011",
        reported: "2026-08-09 22:15",
        missing: { ref: "CHILD-011", signs: ["exchange-status", "multiple-unknown-callers"] },
        carries: ["CSE"],
        expect: { person: "CHILD-011", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "repeat-missing-consistent",
    demonstrates:
      "A child missing for the fourth time, three times in 90 days, with money given for sex: CSE and repeat-missing CE (the old EXPL marker) on the episode, CSE on intelligence.",
    findings: [],
    records: [
      {
        system: "intelligence",
        ref: "IR-3013",
        seen: "2026-08-20 19:30",
        atRisk: [{ ref: "CHILD-013", signs: ["exchange-money"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-013", proposes: ["CSE"] },
      },
      {
        system: "missing-person",
        ref: "MP-3015",
        reported: "2026-09-04 22:20",
        missing: { ref: "CHILD-013", signs: ["exchange-money", "found-out-of-area"] },
        priorEpisodes: ["2025-11-02 20:00", "2026-07-10 21:00", "2026-08-15 23:40"],
        carries: ["CE", "CSE"],
        expect: { person: "CHILD-013", proposes: ["CE", "CSE"] },
      },
    ],
  },
  {
    id: "intelligence-and-missing-cse-consistent",
    demonstrates:
      "A 16-year-old with a sexually transmitted infection and older associates: CSE in intelligence and on the missing episode.",
    findings: [],
    records: [
      {
        system: "intelligence",
        ref: "IR-3034",
        seen: "2026-01-24 22:00",
        atRisk: [
          { ref: "CHILD-032", signs: ["sexually-transmitted-infection", "associates-with-older-adults"] },
        ],
        carries: ["CSE"],
        expect: { person: "CHILD-032", proposes: ["CSE"] },
      },
      {
        system: "missing-person",
        ref: "MP-3034",
        reported: "2026-01-27 21:10",
        missing: { ref: "CHILD-032", signs: ["sexually-transmitted-infection"] },
        carries: ["CSE"],
        expect: { person: "CHILD-032", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "drugs-exchange-consistent",
    demonstrates:
      "Drugs given for sex (Home Office 71) to a child who stays out late: CSE on the crime and the missing episode.",
    findings: [],
    records: [
      {
        system: "missing-person",
        ref: "MP-3032",
        reported: "2026-09-07 23:10",
        missing: { ref: "CHILD-030", signs: ["exchange-drugs", "staying-out-late"] },
        carries: ["CSE"],
        expect: { person: "CHILD-030", proposes: ["CSE"] },
      },
      {
        system: "crime",
        ref: "CR-3032",
        committed: "2026-09-09 21:20",
        offences: [{ homeOffice: "71" }],
        victims: [{ ref: "CHILD-030", signs: ["exchange-drugs", "staying-out-late"] }],
        suspects: [{ ref: "ADULT-024" }],
        carries: ["CSE"],
        expect: { person: "CHILD-030", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "online-sexual-contact-consistent",
    demonstrates:
      "Online sexual contact and grooming (Home Office 88A): CSE, online, on the crime and the intelligence.",
    findings: [],
    records: [
      {
        system: "intelligence",
        ref: "IR-3033",
        seen: "2026-10-19 20:00",
        atRisk: [{ ref: "CHILD-031", signs: ["online-sexual-contact"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-031", proposes: ["CSE"], qualifiers: ["online"] },
      },
      {
        system: "crime",
        ref: "CR-3033",
        committed: "2026-10-20 17:15",
        offences: [{ homeOffice: "88A" }],
        victims: [{ ref: "CHILD-031", signs: ["online-sexual-contact"] }],
        suspects: [{ ref: "ADULT-025" }],
        carries: ["CSE"],
        expect: { person: "CHILD-031", proposes: ["CSE"], qualifiers: ["online"] },
      },
    ],
  },
  {
    id: "looked-after-consistent",
    demonstrates:
      "A looked-after child given gifts for sex and getting into cars with adults: CSE in intelligence and on the missing episode.",
    findings: [],
    records: [
      {
        system: "missing-person",
        ref: "MP-3035",
        reported: "2026-03-02 20:45",
        missing: { ref: "CHILD-033", signs: ["exchange-gifts", "gets-into-cars-with-unknown-adults"] },
        carries: ["CSE"],
        expect: { person: "CHILD-033", proposes: ["CSE"] },
      },
      {
        system: "intelligence",
        ref: "IR-3035",
        seen: "2026-03-06 18:00",
        atRisk: [{ ref: "CHILD-033", signs: ["exchange-gifts"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-033", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "pregnancy-consistent",
    demonstrates:
      "A pregnancy and older associates reported in intelligence, then a missing episode: CSE on both.",
    findings: [],
    records: [
      {
        system: "intelligence",
        ref: "IR-3036",
        seen: "2026-04-27 15:30",
        atRisk: [{ ref: "CHILD-034", signs: ["pregnancy-or-termination", "associates-with-older-adults"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-034", proposes: ["CSE"] },
      },
      {
        system: "missing-person",
        ref: "MP-3036",
        reported: "2026-05-01 22:50",
        missing: { ref: "CHILD-034", signs: ["pregnancy-or-termination"] },
        carries: ["CSE"],
        expect: { person: "CHILD-034", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "keys-and-money-consistent",
    demonstrates:
      "Hotel keys and money given for sex, seen in intelligence and at a missing report: CSE on both.",
    findings: [],
    records: [
      {
        system: "missing-person",
        ref: "MP-3037",
        reported: "2026-10-10 21:35",
        missing: { ref: "CHILD-021", signs: ["exchange-money", "keys-to-unknown-premises"] },
        carries: ["CSE"],
        expect: { person: "CHILD-021", proposes: ["CSE"] },
      },
      {
        system: "intelligence",
        ref: "IR-3037",
        seen: "2026-10-12 19:05",
        atRisk: [{ ref: "CHILD-021", signs: ["exchange-money"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-021", proposes: ["CSE"] },
      },
    ],
  },
];

/**
 * Proposals nobody carries: crimes with the signs of CSE and no CSE flag (about a third of
 * the force's CSE crimes; an inspection found half in one force), and custody records,
 * which have no flag field at all.
 */
const notFlagged: readonly Story[] = [
  {
    id: "crime-signs-not-flagged",
    demonstrates:
      "An assault (Home Office 105A) on a child given gifts by older adults after going missing: the policy proposes CSE, the crime carries no flag. The suspect's custody record links the crime to another system.",
    findings: ["missing-marker"],
    records: [
      {
        system: "crime",
        ref: "CR-3016",
        committed: "2026-03-12 21:15",
        offences: [{ homeOffice: "105A" }],
        victims: [
          {
            ref: "CHILD-014",
            signs: ["exchange-gifts", "associates-with-older-adults", "missing-from-home-or-care"],
          },
        ],
        suspects: [{ ref: "ADULT-012" }],
        carries: [],
        expect: { person: "CHILD-014", proposes: ["CSE"] },
      },
      {
        system: "custody",
        ref: "CU-3016",
        arrival: "2026-03-13 10:20",
        detainee: { ref: "ADULT-012" },
        offences: [{ homeOffice: "105A" }],
        carries: [],
        expect: { person: "ADULT-012", proposes: [] },
      },
    ],
  },
  {
    id: "cse-offence-not-flagged",
    demonstrates:
      "A CSE-defining offence (Home Office 71, SOA s.48) with no CSE flag; the adult detained for it gets a CSE offender proposal that custody cannot carry.",
    findings: ["missing-marker"],
    records: [
      {
        system: "crime",
        ref: "CR-3017",
        committed: "2026-04-22 20:00",
        offences: [{ homeOffice: "71", soaSection: "48" }],
        victims: [{ ref: "CHILD-015", signs: ["exchange-money"] }],
        suspects: [{ ref: "ADULT-013" }],
        carries: [],
        expect: { person: "CHILD-015", proposes: ["CSE"] },
      },
      {
        system: "custody",
        ref: "CU-3017",
        arrival: "2026-04-23 07:45",
        detainee: { ref: "ADULT-013" },
        offences: [{ homeOffice: "71" }],
        carries: [],
        expect: { person: "ADULT-013", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "grooming-not-flagged",
    demonstrates:
      "Online grooming (Home Office 88A, SOA s.15A) with no CSE flag; the child's one missing episode shows nothing more.",
    findings: ["missing-marker"],
    records: [
      {
        system: "missing-person",
        ref: "MP-3018",
        reported: "2026-05-10 22:00",
        missing: { ref: "CHILD-016" },
        carries: [],
        expect: { person: "CHILD-016", proposes: [] },
      },
      {
        system: "crime",
        ref: "CR-3018",
        committed: "2026-05-15 17:40",
        offences: [{ homeOffice: "88A", soaSection: "15A" }],
        victims: [{ ref: "CHILD-016", signs: ["online-grooming"] }],
        suspects: [{ ref: "ADULT-014" }],
        carries: [],
        expect: { person: "CHILD-016", proposes: ["CSE"], qualifiers: ["online"] },
      },
    ],
  },
  {
    id: "group-crime-not-flagged",
    demonstrates:
      "A kidnapping (Home Office 36) of a looked-after child by two adults who gave her somewhere to stay for sex: group-based CSE proposed, no flag.",
    findings: ["missing-marker"],
    records: [
      {
        system: "crime",
        ref: "CR-3019",
        committed: "2026-08-28 23:30",
        offences: [{ homeOffice: "36" }],
        victims: [{ ref: "CHILD-017", signs: ["exchange-accommodation", "keys-to-unknown-premises"] }],
        suspects: [{ ref: "ADULT-015" }, { ref: "ADULT-016" }],
        carries: [],
        expect: { person: "CHILD-017", proposes: ["CSE"], qualifiers: ["group-based"] },
      },
      {
        system: "custody",
        ref: "CU-3019",
        arrival: "2026-08-29 04:10",
        detainee: { ref: "ADULT-015" },
        offences: [{ homeOffice: "36" }],
        carries: [],
        expect: { person: "ADULT-015", proposes: [] },
      },
    ],
  },
  {
    id: "cce-consistent-custody-unflagged",
    demonstrates:
      "County-lines drug supply flagged CCE on the crime, as the policy proposes; the custody record proposes CCE too and cannot carry it.",
    findings: ["missing-marker"],
    records: [
      {
        system: "crime",
        ref: "CR-3008",
        committed: "2026-07-03 15:20",
        offences: [{ homeOffice: "92A" }],
        victims: [],
        suspects: [
          { ref: "CHILD-008", signs: ["drug-supply", "county-lines-involvement"] },
          { ref: "ADULT-009" },
        ],
        carries: ["CCE"],
        expect: { person: "CHILD-008", proposes: ["CCE"] },
      },
      {
        system: "custody",
        ref: "CU-3008",
        arrival: "2026-07-03 17:05",
        detainee: { ref: "CHILD-008", signs: ["drug-supply", "county-lines-involvement"] },
        offences: [{ homeOffice: "92A" }],
        carries: [],
        expect: { person: "CHILD-008", proposes: ["CCE"] },
      },
    ],
  },
];

/** Markers of the wrong kind, or with nothing behind them. */
const confused: readonly Story[] = [
  {
    id: "cce-flagged-as-cse-crime",
    demonstrates:
      "A county-lines drug supply crime (Home Office 92A) with the child as a suspect, flagged CSE, as London flagged criminal exploitation before 2019: the policy proposes CCE. Custody, which carries nothing, also shows the CCE.",
    findings: ["cse-cce-confusion", "missing-marker"],
    records: [
      {
        system: "crime",
        ref: "CR-3020",
        committed: "2026-03-24 14:30",
        offences: [{ homeOffice: "92A" }],
        victims: [],
        suspects: [
          { ref: "CHILD-018", signs: ["drug-supply", "county-lines-involvement", "found-out-of-area"] },
          { ref: "ADULT-017" },
        ],
        carries: ["CSE"],
        expect: { person: "CHILD-018", proposes: ["CCE"] },
      },
      {
        system: "custody",
        ref: "CU-3020",
        arrival: "2026-03-24 16:00",
        detainee: { ref: "CHILD-018", signs: ["drug-supply", "county-lines-involvement"] },
        offences: [{ homeOffice: "92A" }],
        carries: [],
        expect: { person: "CHILD-018", proposes: ["CCE"] },
      },
    ],
  },
  {
    id: "cce-flagged-as-cse-intelligence",
    demonstrates:
      "Intelligence on a child dealing drugs from a cuckooed flat, flagged CSE: the policy proposes CCE. The child's custody record holds no risk answers.",
    findings: ["cse-cce-confusion"],
    records: [
      {
        system: "intelligence",
        ref: "IR-3021",
        seen: "2026-09-15 19:10",
        atRisk: [{ ref: "CHILD-019", signs: ["drug-supply", "cuckooing"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-019", proposes: ["CCE"] },
      },
      {
        system: "custody",
        ref: "CU-3021",
        arrival: "2026-09-16 11:00",
        detainee: { ref: "CHILD-019" },
        offences: [{ homeOffice: "92A" }],
        carries: [],
        expect: { person: "CHILD-019", proposes: [] },
      },
    ],
  },
  {
    id: "csa-flagged-as-cse",
    demonstrates:
      "Sexual activity with an 11-year-old (Home Office 21) with no exchange, flagged CSE: the policy proposes CSA, which the crime lacks.",
    findings: ["cse-csa-confusion", "missing-marker"],
    records: [
      {
        system: "crime",
        ref: "CR-3022",
        committed: "2026-02-20 16:00",
        offences: [{ homeOffice: "21" }],
        victims: [{ ref: "CHILD-020" }],
        suspects: [{ ref: "ADULT-018" }],
        carries: ["CSE"],
        expect: { person: "CHILD-020", proposes: ["CSA"] },
      },
      {
        system: "custody",
        ref: "CU-3022",
        arrival: "2026-02-21 09:30",
        detainee: { ref: "ADULT-018" },
        offences: [{ homeOffice: "21" }],
        carries: [],
        expect: { person: "ADULT-018", proposes: [] },
      },
    ],
  },
  {
    id: "exchange-flagged-as-csa",
    demonstrates:
      "A sexual assault on a 15-year-old (Home Office 20A) where money was given for sex, flagged CSA, as Durham recorded such cases: the exchange makes it CSE, which the policy proposes.",
    findings: ["cse-csa-confusion"],
    records: [
      {
        system: "crime",
        ref: "CR-3023",
        committed: "2026-07-09 22:00",
        offences: [{ homeOffice: "20A" }],
        victims: [{ ref: "CHILD-022", signs: ["exchange-money", "associates-with-older-adults"] }],
        suspects: [{ ref: "ADULT-019" }],
        carries: ["CSA"],
        expect: { person: "CHILD-022", proposes: ["CSE"] },
      },
      {
        system: "custody",
        ref: "CU-3023",
        arrival: "2026-07-10 08:15",
        detainee: { ref: "ADULT-019" },
        offences: [{ homeOffice: "20A" }],
        carries: [],
        expect: { person: "ADULT-019", proposes: [] },
      },
    ],
  },
  {
    id: "unsupported-cse-flag",
    demonstrates:
      "An assault (Home Office 105A) on a child flagged CSE with nothing on the record to support it.",
    findings: ["unsupported-marker"],
    records: [
      {
        system: "crime",
        ref: "CR-3025",
        committed: "2026-04-03 12:10",
        offences: [{ homeOffice: "105A" }],
        victims: [{ ref: "CHILD-023" }],
        suspects: [{ ref: "ADULT-021" }],
        carries: ["CSE"],
        expect: { person: "CHILD-023", proposes: [] },
      },
      {
        system: "custody",
        ref: "CU-3025",
        arrival: "2026-04-03 15:50",
        detainee: { ref: "ADULT-021" },
        offences: [{ homeOffice: "105A" }],
        carries: [],
        expect: { person: "ADULT-021", proposes: [] },
      },
    ],
  },
];

/** One child, different markers in different systems. */
const acrossSystems: readonly Story[] = [
  {
    id: "cross-system-disagreement",
    demonstrates:
      "A looked-after child flagged CSE on intelligence; four days later a missing episode records the same gifts and older adults and carries no CSE warning marker.",
    findings: ["cross-system-disagreement", "missing-marker"],
    records: [
      {
        system: "intelligence",
        ref: "IR-3026",
        seen: "2026-08-12 20:45",
        operations: ["STRIVER"],
        atRisk: [{ ref: "CHILD-024", signs: ["exchange-gifts", "associates-with-older-adults"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-024", proposes: ["CSE"] },
      },
      {
        system: "missing-person",
        ref: "MP-3026",
        reported: "2026-08-16 23:50",
        missing: { ref: "CHILD-024", signs: ["exchange-gifts", "associates-with-older-adults"] },
        carries: [],
        expect: { person: "CHILD-024", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "custody-cse-signs",
    demonstrates:
      "A child flagged CSE on intelligence, then detained at night with a risk assessment that records gifts for sex, older adults and being missing: custody has no flag field, so its CSE proposal is carried nowhere.",
    findings: ["missing-marker", "cross-system-disagreement"],
    records: [
      {
        system: "intelligence",
        ref: "IR-3027",
        seen: "2026-09-20 21:30",
        atRisk: [{ ref: "CHILD-025", signs: ["exchange-gifts", "associates-with-older-adults"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-025", proposes: ["CSE"] },
      },
      {
        system: "custody",
        ref: "CU-3027",
        arrival: "2026-09-22 02:15",
        detainee: {
          ref: "CHILD-025",
          signs: ["exchange-gifts", "associates-with-older-adults", "missing-from-home-or-care"],
        },
        offences: [{ homeOffice: "46" }],
        carries: [],
        expect: { person: "CHILD-025", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "repeat-missing-with-cse-signs",
    demonstrates:
      "A looked-after child missing three times in six weeks: the first episode (older adults, cars) proposes CE and carries nothing; the later ones record gifts for sex and carry CSE; the third also proposes repeat-missing CE. Intelligence carries CSE. The first episode's signs are shared with criminal exploitation, so it is no cross-system disagreement about CSE.",
    findings: ["missing-marker"],
    records: [
      {
        system: "missing-person",
        ref: "MP-3012",
        reported: "2026-05-02 22:10",
        missing: {
          ref: "CHILD-012",
          signs: ["associates-with-older-adults", "gets-into-cars-with-unknown-adults"],
        },
        carries: [],
        expect: { person: "CHILD-012", proposes: ["CE"] },
      },
      {
        system: "missing-person",
        ref: "MP-3013",
        reported: "2026-05-20 23:00",
        missing: { ref: "CHILD-012", signs: ["associates-with-older-adults", "exchange-gifts"] },
        priorEpisodes: ["2026-05-02 22:10"],
        carries: ["CSE"],
        expect: { person: "CHILD-012", proposes: ["CSE"] },
      },
      {
        system: "intelligence",
        ref: "IR-3012",
        seen: "2026-06-01 20:00",
        atRisk: [{ ref: "CHILD-012", signs: ["exchange-gifts"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-012", proposes: ["CSE"] },
      },
      {
        system: "missing-person",
        ref: "MP-3014",
        reported: "2026-06-11 21:30",
        missing: { ref: "CHILD-012", signs: ["exchange-gifts", "multiple-phones-or-sims"] },
        priorEpisodes: ["2026-05-02 22:10", "2026-05-20 23:00"],
        carries: ["CSE"],
        expect: { person: "CHILD-012", proposes: ["CE", "CSE"] },
      },
    ],
  },
];

/** Records the audit cannot fully judge, or cannot link. */
const dataQuality: readonly Story[] = [
  {
    id: "age-unknown-crime",
    demonstrates:
      "A crime with signs of CSE on a victim whose date of birth nobody recorded: the policy cannot tell a child from an adult, so it proposes nothing and says why.",
    findings: ["age-unknown"],
    records: [
      {
        system: "crime",
        ref: "CR-3028",
        committed: "2026-05-28 20:50",
        offences: [{ homeOffice: "105A" }],
        victims: [{ ref: "CHILD-026", signs: ["exchange-money", "associates-with-older-adults"] }],
        suspects: [{ ref: "ADULT-022" }],
        carries: [],
        expect: { person: "CHILD-026", proposes: [], notes: ["age-unknown"] },
      },
      {
        system: "custody",
        ref: "CU-3028",
        arrival: "2026-05-29 06:30",
        detainee: { ref: "ADULT-022" },
        offences: [{ homeOffice: "105A" }],
        carries: [],
        expect: { person: "ADULT-022", proposes: [] },
      },
    ],
  },
  {
    id: "age-unknown-missing-and-custody",
    demonstrates:
      "A missing episode and a custody record with exploitation signs, neither holding an age, and no juvenile status in custody: nothing proposed, the age reported missing.",
    findings: ["age-unknown"],
    records: [
      {
        system: "missing-person",
        ref: "MP-3029",
        reported: "2026-10-06 21:40",
        missing: { ref: "CHILD-027", signs: ["associates-with-older-adults", "staying-out-late"] },
        carries: [],
        expect: { person: "CHILD-027", proposes: [], notes: ["age-unknown"] },
      },
      {
        system: "custody",
        ref: "CU-3029",
        arrival: "2026-10-07 03:10",
        detainee: { ref: "CHILD-027", signs: ["multiple-phones-or-sims"] },
        offences: [{ homeOffice: "46" }],
        carries: [],
        expect: { person: "CHILD-027", proposes: [], notes: ["age-unknown"] },
      },
    ],
  },
  {
    id: "unmapped-code",
    demonstrates:
      "Intelligence with an indicator keyword the force added and never mapped (BUSTRIPS): reported, not dropped. Otherwise CSE everywhere, as proposed.",
    findings: ["unmapped-code"],
    records: [
      {
        system: "intelligence",
        ref: "IR-3030",
        seen: "2026-03-18 19:45",
        atRisk: [{ ref: "CHILD-028", signs: ["exchange-status"], unknownCodes: ["BUSTRIPS"] }],
        carries: ["CSE"],
        expect: { person: "CHILD-028", proposes: ["CSE"] },
      },
      {
        system: "missing-person",
        ref: "MP-3030",
        reported: "2026-03-20 22:30",
        missing: { ref: "CHILD-028", signs: ["exchange-status"] },
        carries: ["CSE"],
        expect: { person: "CHILD-028", proposes: ["CSE"] },
      },
    ],
  },
  {
    id: "unlinked-record",
    demonstrates:
      "A CSE crime, flagged as proposed, whose child and suspect appear in no other system: nothing to compare it with.",
    findings: ["unlinked-record"],
    records: [
      {
        system: "crime",
        ref: "CR-3031",
        committed: "2026-10-14 18:00",
        offences: [{ homeOffice: "71", soaSection: "48" }],
        victims: [{ ref: "CHILD-029", signs: ["exchange-money"] }],
        suspects: [{ ref: "ADULT-023" }],
        carries: ["CSE"],
        expect: { person: "CHILD-029", proposes: ["CSE"] },
      },
    ],
  },
];

export const stories: readonly Story[] = [
  ...consistent,
  ...notFlagged,
  ...confused,
  ...acrossSystems,
  ...dataQuality,
];
