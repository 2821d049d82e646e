/**
 * ESLint rule `local/component-doc`: a library component opens with an `@component` comment that
 * says what it draws, and types its props with an `interface Props` (STYLE.md 9 and 12).
 */
/** @type {import('eslint').Rule.RuleModule} */
export default {
	meta: {
		type: 'suggestion',
		docs: { description: 'a component starts with an @component comment and types its props' },
		messages: {
			noDoc: 'Start the component with <!--\\n@component\\n…what it draws…\\n-->.',
			noProps: 'Type the props with an `interface Props`, one doc line each.'
		},
		schema: []
	},
	create(context) {
		return {
			Program(node) {
				const source = context.sourceCode.getText();
				if (!/^<!--\s*@component\b/.test(source)) context.report({ node, messageId: 'noDoc' });
				if (!/\binterface Props\b/.test(source)) context.report({ node, messageId: 'noProps' });
			}
		};
	}
};
