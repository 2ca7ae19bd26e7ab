import type {
  CodeSetId,
  HoOffenceCode,
  IndicatorCode,
  LocationRoleCode,
  MarkerKindCode,
  MarkerQualifierCode,
  MissingCategoryCode,
  PersonAttributeCode,
  PersonRoleCode,
  RecordKindCode,
  RiskLevelCode,
  SecurityClassificationCode,
  SoaSectionCode,
} from "@cse-flags/core";

interface CodeTypes {
  indicator: IndicatorCode;
  "marker-kind": MarkerKindCode;
  "marker-qualifier": MarkerQualifierCode;
  "ho-offence": HoOffenceCode;
  "soa-section": SoaSectionCode;
  "risk-level": RiskLevelCode;
  "person-role": PersonRoleCode;
  "person-attribute": PersonAttributeCode;
  "location-role": LocationRoleCode;
  "missing-category": MissingCategoryCode;
  "record-kind": RecordKindCode;
  "security-classification": SecurityClassificationCode;
}

/** The literal code type of a taxonomy code set, for the sets adapters usually map to; `string` for the rest. */
export type CodeOf<K extends CodeSetId> = K extends keyof CodeTypes ? CodeTypes[K] : string;
