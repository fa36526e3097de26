/// <reference types="vite/client" />

declare module 'virtual:enum-labels' {
  /** Enum value labels from schema.graphql descriptions: labels[EnumName][VALUE] = { zh, en }. */
  const labels: Record<string, Record<string, { zh: string; en: string }>>;
  export default labels;
}
