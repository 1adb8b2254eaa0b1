import { z } from 'zod';

/** Final and in-flight states of an intake item. Every item ends in exactly one final state. */
export const INTAKE_STATES = ['pending', 'stored', 'duplicate', 'failed', 'expanded'] as const;
export type IntakeState = (typeof INTAKE_STATES)[number];
export const FINAL_STATES: readonly IntakeState[] = ['stored', 'duplicate', 'failed', 'expanded'];

export const intakeSourceKindSchema = z.enum(['file', 'url', 'http', 'stdin', 'feed-item']);
export type IntakeSourceKind = z.infer<typeof intakeSourceKindSchema>;
