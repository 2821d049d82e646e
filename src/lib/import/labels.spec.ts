import { describe, expect, it } from 'vitest';
import { normaliseLabel } from '../data/normaliseLabel';
import { closestLabel, similarity, slugify } from './labels';

describe('normaliseLabel', () => {
	it('drops question numbers, accents, case and punctuation', () => {
		expect(normaliseLabel('Q3. Avez-vous DÉJÀ entendu parler… ?')).toBe(
			'avez vous deja entendu parler'
		);
		expect(normaliseLabel('Q4 - Économie sociale (ESS)')).toBe('economie sociale ess');
		expect(normaliseLabel('Question 12b : Cœur')).toBe('coeur');
		expect(normaliseLabel('18-24 ans')).toBe('18 24 ans');
		expect([normaliseLabel('CSP+'), normaliseLabel('CSP-')]).toEqual(['csp plus', 'csp minus']);
	});
});

describe('slugify', () => {
	it('makes an id from the first words of a wording', () => {
		expect(slugify('18-24 ans')).toBe('18_24_ans');
		expect(slugify('Q9. Seriez-vous prêt à payer plus cher un produit ?')).toBe(
			'seriez_vous_pret_a_payer_plus_cher_un'
		);
		expect(slugify('?!')).toBe('item');
	});
});

describe('similarity and closestLabel', () => {
	it('scores a reworded question by its shared words', () => {
		expect(similarity('abc', 'abc')).toBe(1);
		expect(similarity('entrepreneuriat social', 'entrepreneuriat sociale')).toBeCloseTo(0.957, 3);
		expect(
			closestLabel('problemes societaux a resoudre en priorite', [
				{
					id: 'priority_problems',
					label: 'problemes societaux sociaux environnementaux a resoudre en priorite'
				},
				{ id: 'hiring_plans', label: 'pense embaucher dans l annee a venir' }
			])
		).toEqual({ id: 'priority_problems', score: 0.8 });
		expect(closestLabel('oui', [{ id: 'no', label: 'non' }])).toBeNull();
	});
});
