import { describe, expect, it } from 'vitest';
import { isPng, pngSize } from '../exports/pngResolution';
import { socialImage } from './socialImage';

describe('socialImage', () => {
	const card = {
		site: "Baromètre de l'entrepreneuriat social",
		title: '<script>alert(1)</script> Notoriété',
		description: 'Part du grand public qui a déjà entendu parler de chaque terme.',
		source: 'Source : enquêtes OpinionWay pour Ashoka.'
	};

	it('is a 1200×630 PNG', () => {
		const png = socialImage(card);
		expect(isPng(png)).toBe(true);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
	});

	it('is the same bytes every time (the repository fonts only)', () => {
		expect(Buffer.from(socialImage(card)).equals(Buffer.from(socialImage(card)))).toBe(true);
	});
});
