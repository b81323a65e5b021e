/** The fixed vocabulary of threat and cooperation topics: the graph's Topic nodes, one per id. */
export const TOPICS = {
  terrorism: { fr: 'Terrorisme', en: 'Terrorism' },
  violent_extremism: { fr: 'Extrémisme violent', en: 'Violent extremism' },
  radicalization: { fr: 'Radicalisation', en: 'Radicalization' },
  organized_crime: { fr: 'Crime organisé', en: 'Organized crime' },
  drug_trafficking: { fr: 'Trafic de drogue', en: 'Drug trafficking' },
  human_trafficking: { fr: "Traite d'êtres humains", en: 'Human trafficking' },
  illegal_migration: { fr: 'Immigration illégale', en: 'Illegal migration' },
  money_laundering: { fr: "Blanchiment d'argent", en: 'Money laundering' },
  cybercrime: { fr: 'Cybercriminalité', en: 'Cybercrime' },
  border_security: { fr: 'Sécurité des frontières', en: 'Border security' },
  sports_event_security: { fr: 'Sécurité des événements sportifs', en: 'Sports event security' },
  wanted_persons: { fr: 'Personnes recherchées', en: 'Wanted persons' },
  training: { fr: 'Formation', en: 'Training' },
  technical_assistance: { fr: 'Assistance technique', en: 'Technical assistance' },
  intelligence_sharing: { fr: 'Échange de renseignements', en: 'Intelligence sharing' },
} as const;

export type TopicId = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as TopicId[];

export function isTopicId(value: string): value is TopicId {
  return Object.hasOwn(TOPICS, value);
}

export function topicNodeId(topic: TopicId): string {
  return `topic:${topic}`;
}
