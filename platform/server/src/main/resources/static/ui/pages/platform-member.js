// #/platform/members/{id}: one of the platform's members and every change to them.
import { memberPage } from './member.js';
import { PLATFORM_SCOPE } from './member-forms.js';

export default memberPage(PLATFORM_SCOPE);
