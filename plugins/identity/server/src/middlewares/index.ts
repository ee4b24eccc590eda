import jsonBody from './json-body';

export default { 'json-body': jsonBody };
